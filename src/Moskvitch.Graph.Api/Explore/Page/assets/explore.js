// The lineage explorer: type-ahead over models, a model's lineage drawn with cytoscape (layered by dagre), the sources
// of a link, downloads. It talks to GraphQL only through stored operations over GET (cacheable).
(function () {
  'use strict';

  const config = JSON.parse(document.getElementById('explore-config').textContent);
  const palette = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#8cd17d', '#86bcb6', '#d4a6c8'];
  const unknownColour = '#cccccc';
  const edgeColours = { INFLUENCE: '#b5651d', SUCCESSION: '#222222', VARIANT: '#5a6b8c' };
  const edgeDashes = { INFLUENCE: '2,4', SUCCESSION: null, VARIANT: '8,4' };
  const $ = (id) => document.getElementById(id);

  cytoscape.use(cytoscapeDagre);

  const state = {
    slug: null, direction: 'UPSTREAM', depth: 2, colourBy: 'maker', generations: false,
    lineage: null, drawn: config.drawnModels, request: 0, timings: {},
  };

  const cy = cytoscape({
    container: $('graph'),
    wheelSensitivity: 0.3,
    minZoom: 0.02,
    maxZoom: 3,
    style: [
      { selector: 'node', style: {
        'shape': 'round-rectangle', 'background-color': 'data(colour)', 'border-width': 1, 'border-color': '#555',
        'label': 'data(label)', 'text-wrap': 'wrap', 'text-max-width': 150, 'text-valign': 'center', 'text-halign': 'center',
        'font-size': 11, 'color': '#111', 'width': 'label', 'height': 'label', 'padding': 8 } },
      { selector: 'node.root', style: { 'border-width': 4, 'border-color': '#000' } },
      { selector: 'node.generation', style: {
        'shape': 'round-rectangle', 'background-color': '#f2f2f2', 'background-opacity': 0.6, 'border-style': 'dashed',
        'border-color': '#999', 'label': 'data(label)', 'text-valign': 'top', 'text-halign': 'center', 'font-size': 12,
        'color': '#555', 'padding': 14 } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'target-arrow-shape': 'triangle', 'arrow-scale': 1.1, 'width': 2,
        'line-color': 'data(colour)', 'target-arrow-color': 'data(colour)', 'label': 'data(label)', 'font-size': 9,
        'color': '#444', 'text-background-color': '#ffffff', 'text-background-opacity': 0.85, 'text-background-padding': 2,
        'text-rotation': 'autorotate' } },
      { selector: 'edge[kind = "INFLUENCE"]', style: { 'line-style': 'dotted' } },
      { selector: 'edge[kind = "VARIANT"]', style: { 'line-style': 'dashed' } },
      { selector: 'edge[kind = "SUCCESSION"]', style: { 'line-style': 'solid', 'width': 3 } },
      { selector: ':selected', style: { 'overlay-color': '#3b4f74', 'overlay-opacity': 0.25, 'overlay-padding': 4 } },
    ],
  });

  // ---- GraphQL over GET, stored operations only ----------------------------------------------------------------------

  async function run(operation, variables) {
    const url = config.graphql + '?documentId=' + config.operations[operation]
      + '&variables=' + encodeURIComponent(JSON.stringify(variables));
    const response = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await response.json();
    if (body.errors && body.errors.length) {
      throw new Error(body.errors.map((e) => e.message).join(' '));
    }
    return body.data;
  }

  // ---- Status --------------------------------------------------------------------------------------------------------

  function setStatus(text, kind) {
    const status = $('status');
    status.textContent = text;
    status.className = kind === 'error' ? 'error' : '';
    document.body.dataset.state = kind || 'idle';
  }

  // ---- Type-ahead ----------------------------------------------------------------------------------------------------

  const search = $('search');
  const suggestions = $('suggestions');
  let typed = 0;
  let active = -1;

  function closeSuggestions() {
    suggestions.hidden = true;
    suggestions.replaceChildren();
    search.setAttribute('aria-expanded', 'false');
    active = -1;
  }

  function years(model) {
    if (model.yearFrom == null && model.yearTo == null) return '';
    if (model.yearFrom === model.yearTo) return String(model.yearFrom);
    return (model.yearFrom ?? '?') + '–' + (model.yearTo ?? '');
  }

  function showSuggestions(models) {
    suggestions.replaceChildren();
    active = -1;
    models.forEach((model, index) => {
      const item = document.createElement('li');
      item.setAttribute('role', 'option');
      item.id = 'suggestion-' + index;
      item.dataset.slug = model.slug;
      item.append(model.name);
      const meta = [years(model), model.maker && model.maker.name].filter(Boolean).join(' · ');
      if (meta) {
        const span = document.createElement('span');
        span.className = 'meta';
        span.textContent = ' ' + meta;
        item.append(span);
      }
      item.addEventListener('mousedown', (event) => { event.preventDefault(); choose(model.slug); });
      suggestions.append(item);
    });
    if (!models.length) {
      const item = document.createElement('li');
      item.textContent = 'No model matches.';
      item.setAttribute('aria-disabled', 'true');
      suggestions.append(item);
    }
    suggestions.hidden = false;
    search.setAttribute('aria-expanded', 'true');
  }

  search.addEventListener('input', () => {
    const text = search.value.trim();
    const mine = ++typed;
    if (!text) { closeSuggestions(); return; }
    setTimeout(async () => {
      if (mine !== typed) return;
      try {
        const data = await run('ExploreModels', { text, first: 10 });
        if (mine === typed) showSuggestions(data.models.nodes);
      } catch (e) {
        setStatus('The search failed: ' + e.message, 'error');
      }
    }, 150);
  });

  search.addEventListener('keydown', (event) => {
    const items = [...suggestions.querySelectorAll('li[role="option"]')];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!items.length) return;
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length;
      items.forEach((item, i) => item.setAttribute('aria-selected', String(i === active)));
      search.setAttribute('aria-activedescendant', items[active].id);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const item = items[active >= 0 ? active : 0];
      if (item) choose(item.dataset.slug);
    } else if (event.key === 'Escape') {
      closeSuggestions();
    }
  });
  search.addEventListener('blur', () => setTimeout(closeSuggestions, 100));

  function choose(slug) {
    closeSuggestions();
    search.value = '';
    navigate(slug);
  }

  // ---- Location: /explore/{slug}?direction=…&depth=… ---------------------------------------------------------------

  function permalink() {
    return config.explore + '/' + state.slug + '?direction=' + state.direction + '&depth=' + state.depth;
  }

  function readLocation() {
    const path = location.pathname.replace(/\/+$/, '');
    const slug = path.startsWith(config.explore + '/') ? decodeURIComponent(path.slice(config.explore.length + 1)) : null;
    const query = new URLSearchParams(location.search);
    const direction = (query.get('direction') || 'UPSTREAM').toUpperCase();
    state.direction = ['UPSTREAM', 'DOWNSTREAM', 'BOTH'].includes(direction) ? direction : 'UPSTREAM';
    const depth = parseInt(query.get('depth') || '2', 10);
    state.depth = depth >= 1 && depth <= 10 ? depth : 2;
    $('direction').value = state.direction;
    $('depth').value = String(state.depth);
    state.slug = slug;
  }

  function navigate(slug) {
    state.slug = slug;
    history.pushState(null, '', permalink());
    load();
  }

  window.addEventListener('popstate', () => { readLocation(); load(); });

  // ---- Loading and drawing -------------------------------------------------------------------------------------------

  async function load() {
    const mine = ++state.request;
    $('link-sources').hidden = true;
    if (!state.slug) {
      state.lineage = null;
      cy.elements().remove();
      updateControls();
      setStatus('Type a model\'s name to see its lineage.');
      return;
    }
    setStatus('Loading the lineage of ' + state.slug + '…', 'loading');
    try {
      const started = performance.now();
      const data = await run('ExploreLineage', { slug: state.slug, direction: state.direction, depth: state.depth });
      if (mine !== state.request) return;
      state.timings.fetchMs = Math.round(performance.now() - started);
      if (!data.lineage) {
        state.lineage = null;
        cy.elements().remove();
        updateControls();
        setStatus('There is no model with the slug “' + state.slug + '”. Search for a model above.', 'error');
        return;
      }
      state.lineage = data.lineage;
      state.drawn = config.drawnModels;
      draw(true);
    } catch (e) {
      if (mine !== state.request) return;
      setStatus('The lineage could not be loaded: ' + e.message, 'error');
    }
  }

  function colourKey(model) {
    if (state.colourBy === 'country') return (model.maker && model.maker.country) || null;
    return (model.maker && model.maker.name) || null;
  }

  function linkId(link) {
    const fact = link.influence ? link.influence.id : link.succession ? link.succession.id : link.to.id;
    return link.kind + ':' + fact;
  }

  function linkLabel(link) {
    if (link.kind === 'INFLUENCE' && link.influence) {
      return link.influence.aspect.toLowerCase() + ' · ' + link.influence.kind.toLowerCase().replace(/_/g, ' ');
    }
    return link.kind.toLowerCase();
  }

  // The models to draw: the root, then by depth and name, up to the cap.
  function visibleModels() {
    const nodes = [...state.lineage.nodes].sort((a, b) =>
      a.depth - b.depth || a.model.name.localeCompare(b.model.name));
    return { all: nodes, shown: nodes.slice(0, state.drawn) };
  }

  function draw(fit) {
    const lineage = state.lineage;
    const { all, shown } = visibleModels();
    const drawnSlugs = new Set(shown.map((n) => n.model.slug));

    const keys = new Map();
    shown.forEach((n) => {
      const key = colourKey(n.model);
      if (key != null) keys.set(key, (keys.get(key) || 0) + 1);
    });
    const ordered = [...keys.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map((e) => e[0]);
    const colourOf = (key) => key == null ? unknownColour : palette[ordered.indexOf(key) % palette.length];
    const classOf = (key) => key == null ? 'none' : 'c' + (ordered.indexOf(key) % palette.length);

    const hasGenerations = shown.some((n) => n.model.generation);
    const grouped = hasGenerations && state.generations;
    const elements = [];
    if (grouped) {
      [...new Set(shown.map((n) => n.model.generation).filter(Boolean))].forEach((generation) =>
        elements.push({ group: 'nodes', classes: 'generation', data: { id: 'generation:' + generation, label: generation + ' generation', generation } }));
    }
    shown.forEach((n) => {
      const m = n.model;
      const span = years(m);
      elements.push({
        group: 'nodes',
        classes: m.slug === lineage.root.slug ? 'root' : '',
        data: {
          id: m.slug, slug: m.slug, name: m.name, label: span ? m.name + '\n' + span : m.name, years: span,
          maker: m.maker ? m.maker.name : null, country: m.maker ? m.maker.country : null, generation: m.generation,
          depth: n.depth, direction: n.direction, root: m.slug === lineage.root.slug,
          colour: colourOf(colourKey(m)), parent: grouped && m.generation ? 'generation:' + m.generation : undefined,
        },
      });
    });
    const seen = new Set();
    lineage.links.forEach((link) => {
      const id = linkId(link);
      if (seen.has(id) || !drawnSlugs.has(link.from.slug) || !drawnSlugs.has(link.to.slug)) return;
      seen.add(id);
      elements.push({
        group: 'edges',
        data: {
          id, source: link.from.slug, target: link.to.slug, kind: link.kind, label: linkLabel(link),
          aspect: link.influence ? link.influence.aspect : null, influenceKind: link.influence ? link.influence.kind : null,
          fact: id.slice(link.kind.length + 1), depth: link.depth, direction: link.direction, colour: edgeColours[link.kind],
        },
      });
    });

    const started = performance.now();
    cy.batch(() => { cy.elements().remove(); cy.add(elements); });
    cy.layout({ name: 'dagre', rankDir: 'LR', nodeSep: 18, rankSep: 90, edgeSep: 10, animate: false, fit, padding: 30 }).run();
    state.timings.drawMs = Math.round(performance.now() - started);

    $('generations-control').hidden = !hasGenerations;
    const hidden = all.length - shown.length;
    const more = $('more');
    more.hidden = hidden <= 0;
    more.textContent = 'Show more (' + hidden + ' not drawn)';
    drawLegend(ordered, classOf);
    updateControls();
    const edges = cy.edges().length;
    setStatus(lineage.nodes.length + ' models and ' + lineage.links.length + ' links '
      + state.direction.toLowerCase() + ' of ' + shown[0].model.name + ' to depth ' + state.depth
      + (hidden > 0 ? '; drawn: ' + shown.length + ' models, ' + edges + ' links' : '')
      + '. Click a model to recentre on it, a link to see its sources.', 'ready');
  }

  function drawLegend(ordered, classOf) {
    const legend = $('legend');
    legend.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = state.colourBy === 'country' ? 'Countries' : 'Makers';
    const list = document.createElement('ul');
    [...ordered, null].forEach((key) => {
      if (key === null && !cy.nodes().some((n) => !n.isParent() && n.data('colour') === unknownColour)) return;
      const item = document.createElement('li');
      const swatch = document.createElement('span');
      swatch.className = 'swatch ' + classOf(key);
      item.append(swatch, key ?? 'not known');
      list.append(item);
    });
    const kinds = document.createElement('ul');
    [['influence', 'design influence (aspect · kind)'], ['succession', 'succession'], ['variant', 'variant']].forEach(([kind, text]) => {
      const item = document.createElement('li');
      const line = document.createElement('span');
      line.className = 'line ' + kind;
      item.append(line, text);
      kinds.append(item);
    });
    const links = document.createElement('h2');
    links.textContent = 'Links';
    legend.append(heading, list, links, kinds);
  }

  function updateControls() {
    const drawn = cy.nodes().length > 0;
    ['download-svg', 'download-png', 'download-json'].forEach((id) => { $(id).disabled = !drawn; });
    const link = $('permalink');
    link.hidden = !state.lineage;
    if (state.lineage) link.href = permalink();
  }

  // ---- Interaction ---------------------------------------------------------------------------------------------------

  cy.on('tap', 'node', (event) => {
    const node = event.target;
    if (node.isParent() || node.data('root')) return;
    navigate(node.data('slug'));
  });

  cy.on('tap', 'edge', async (event) => {
    const edge = event.target;
    const panel = $('link-sources');
    const from = cy.getElementById(edge.data('source')).data('name');
    const to = cy.getElementById(edge.data('target')).data('name');
    panel.hidden = false;
    panel.replaceChildren();
    const heading = document.createElement('h2');
    heading.textContent = from + ' → ' + to + ': ' + edge.data('label');
    panel.append(heading);
    panel.dataset.state = 'loading';
    try {
      const data = await run('ExploreLinkSources', { id: edge.data('fact') });
      const fact = data.node;
      if (fact && fact.note) {
        const note = document.createElement('p');
        note.textContent = fact.note;
        panel.append(note);
      }
      const citations = fact ? fact.citations : [];
      const count = document.createElement('p');
      count.textContent = citations.length === 1 ? '1 source:' : citations.length + ' sources:';
      panel.append(count);
      citations.forEach((citation) => {
        const source = document.createElement('p');
        source.className = 'source';
        const title = document.createElement('a');
        title.textContent = citation.source.title;
        title.href = citation.source.url || '#';
        title.rel = 'noreferrer';
        if (!citation.source.url) title.removeAttribute('href');
        source.append(title, ' ', [citation.source.publisher, citation.source.publishedOn].filter(Boolean).join(', '), ' (' + citation.source.slug + ')');
        const quote = document.createElement('blockquote');
        quote.textContent = citation.quote || '(no quote recorded)';
        panel.append(source, quote);
      });
      panel.dataset.state = 'ready';
    } catch (e) {
      const error = document.createElement('p');
      error.textContent = 'The sources could not be loaded: ' + e.message;
      panel.append(error);
      panel.dataset.state = 'error';
    }
  });

  $('direction').addEventListener('change', () => { state.direction = $('direction').value; if (state.slug) navigate(state.slug); });
  $('depth').addEventListener('change', () => { state.depth = parseInt($('depth').value, 10); if (state.slug) navigate(state.slug); });
  $('colour').addEventListener('change', () => { state.colourBy = $('colour').value; if (state.lineage) draw(false); });
  $('generations').addEventListener('change', () => { state.generations = $('generations').checked; if (state.lineage) draw(true); });
  $('more').addEventListener('click', () => { state.drawn += config.drawnModels; draw(true); });
  $('controls').addEventListener('submit', (event) => event.preventDefault());

  // ---- Downloads -----------------------------------------------------------------------------------------------------

  function fileName(extension) {
    return 'lineage-' + state.slug + '-' + state.direction.toLowerCase() + '-' + state.depth + '.' + extension;
  }

  function save(blob, name) {
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  }

  const xml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const n2 = (x) => Math.round(x * 100) / 100;

  // The drawing as SVG, from the laid-out elements: boxes, labels, and links as curves through their midpoints.
  function toSvg() {
    const box = cy.elements().boundingBox({ includeLabels: true, includeOverlays: false });
    const pad = 20;
    const width = n2(box.w + 2 * pad);
    const height = n2(box.h + 2 * pad);
    const x = (v) => n2(v - box.x1 + pad);
    const y = (v) => n2(v - box.y1 + pad);
    const out = [];
    out.push('<?xml version="1.0" encoding="UTF-8"?>');
    out.push('<svg xmlns="http://www.w3.org/2000/svg" width="' + width + '" height="' + height + '" viewBox="0 0 ' + width + ' ' + height
      + '" font-family="sans-serif">');
    out.push('<title>' + xml('Lineage of ' + cy.nodes('.root').data('name') + ' (' + state.direction.toLowerCase() + ', depth ' + state.depth + ')') + '</title>');
    out.push('<defs>');
    Object.entries(edgeColours).forEach(([kind, colour]) => out.push('<marker id="arrow-' + kind + '" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="' + colour + '"/></marker>'));
    out.push('</defs>');
    out.push('<rect width="100%" height="100%" fill="#ffffff"/>');
    cy.nodes(':parent').forEach((group) => {
      const b = group.boundingBox({ includeLabels: false });
      out.push('<g class="generation"><rect x="' + x(b.x1) + '" y="' + y(b.y1) + '" width="' + n2(b.w) + '" height="' + n2(b.h) + '" rx="8" fill="#f2f2f2" stroke="#999" stroke-dasharray="6,4"/>'
        + '<text x="' + x(b.x1 + b.w / 2) + '" y="' + y(b.y1 - 4) + '" font-size="12" text-anchor="middle" fill="#555">' + xml(group.data('label')) + '</text></g>');
    });
    cy.edges().forEach((edge) => {
      const s = edge.sourceEndpoint();
      const t = edge.targetEndpoint();
      const m = edge.midpoint();
      const c = { x: 2 * m.x - (s.x + t.x) / 2, y: 2 * m.y - (s.y + t.y) / 2 };
      const kind = edge.data('kind');
      const dash = edgeDashes[kind] ? ' stroke-dasharray="' + edgeDashes[kind] + '"' : '';
      out.push('<g class="link ' + kind.toLowerCase() + '"><path d="M' + x(s.x) + ',' + y(s.y) + ' Q' + x(c.x) + ',' + y(c.y) + ' ' + x(t.x) + ',' + y(t.y)
        + '" fill="none" stroke="' + edgeColours[kind] + '" stroke-width="' + (kind === 'SUCCESSION' ? 3 : 2) + '"' + dash + ' marker-end="url(#arrow-' + kind + ')"/>'
        + '<text x="' + x(m.x) + '" y="' + y(m.y - 3) + '" font-size="9" text-anchor="middle" fill="#444">' + xml(edge.data('label')) + '</text></g>');
    });
    cy.nodes().not(':parent').forEach((node) => {
      const p = node.position();
      const w = node.outerWidth();
      const h = node.outerHeight();
      const lines = String(node.data('label')).split('\n');
      const top = p.y - (lines.length - 1) * 7;
      out.push('<g class="model"><rect x="' + x(p.x - w / 2) + '" y="' + y(p.y - h / 2) + '" width="' + n2(w) + '" height="' + n2(h) + '" rx="5" fill="' + node.data('colour')
        + '" stroke="#000" stroke-width="' + (node.data('root') ? 4 : 1) + '"/>'
        + '<text x="' + x(p.x) + '" y="' + y(top) + '" font-size="11" text-anchor="middle" dominant-baseline="middle" fill="#111">'
        + lines.map((line, i) => '<tspan x="' + x(p.x) + '" dy="' + (i === 0 ? 0 : 14) + '">' + xml(line) + '</tspan>').join('') + '</text></g>');
    });
    out.push('</svg>');
    return out.join('\n');
  }

  // The drawn subgraph as data: the models and links on screen, with what the page knows of each.
  function toJson() {
    return {
      root: state.lineage.root.slug,
      direction: state.direction,
      depth: state.depth,
      models: cy.nodes().not(':parent').map((n) => {
        const d = n.data();
        return { slug: d.slug, name: d.name, years: d.years || null, maker: d.maker, country: d.country, generation: d.generation, depth: d.depth, direction: d.direction };
      }),
      links: cy.edges().map((e) => {
        const d = e.data();
        return { kind: d.kind, from: d.source, to: d.target, aspect: d.aspect, influenceKind: d.influenceKind, depth: d.depth, direction: d.direction, fact: d.fact };
      }),
      notDrawn: state.lineage.nodes.length - cy.nodes().not(':parent').length,
    };
  }

  $('download-svg').addEventListener('click', () => save(new Blob([toSvg()], { type: 'image/svg+xml' }), fileName('svg')));
  $('download-png').addEventListener('click', () => save(cy.png({ output: 'blob', full: true, scale: 2, bg: '#ffffff' }), fileName('png')));
  $('download-json').addEventListener('click', () => save(new Blob([JSON.stringify(toJson(), null, 2)], { type: 'application/json' }), fileName('json')));

  // ---- Start ---------------------------------------------------------------------------------------------------------

  for (let d = 1; d <= 10; d++) {
    const option = document.createElement('option');
    option.value = String(d);
    option.textContent = String(d);
    $('depth').append(option);
  }
  readLocation();
  window.explorer = { cy, state, toSvg, toJson };
  load();
})();
