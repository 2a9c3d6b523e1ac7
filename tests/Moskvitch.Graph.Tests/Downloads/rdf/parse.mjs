// Parses an N-Triples file with N3.js (strict N-Triples) and prints, as one JSON line, the number of triples, of
// distinct subjects and predicates, and the objects of the triples whose subject and predicate are given.
// Usage: node parse.mjs FILE [SUBJECT_IRI PREDICATE_IRI]
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';

const [file, subject, predicate] = process.argv.slice(2);
const quads = new Parser({ format: 'N-Triples' }).parse(readFileSync(file, 'utf8'));
const subjects = new Set();
const predicates = new Set();
const objects = [];
for (const q of quads) {
  subjects.add(q.subject.value);
  predicates.add(q.predicate.value);
  if (q.subject.value === subject && q.predicate.value === predicate) {
    objects.push({ value: q.object.value, termType: q.object.termType, datatype: q.object.datatype?.value ?? null });
  }
}
console.log(JSON.stringify({ triples: quads.length, subjects: subjects.size, predicates: predicates.size, objects }));
