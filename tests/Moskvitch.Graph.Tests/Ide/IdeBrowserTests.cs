using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;
using Microsoft.Playwright;
using Moskvitch.Graph.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace Moskvitch.Graph.Tests.Ide;

/// <summary>
/// The Banana Cake Pop IDE in a real headless Chromium (Debian's <c>chromium</c>, driven by Playwright) against the
/// service on real Kestrel over its own database: open /graphql, create a document, run a query, read the result.
/// </summary>
public sealed class IdeBrowserTests(KestrelApiFixture api, ITestOutputHelper output) : IClassFixture<KestrelApiFixture>
{
    private const float Timeout = 60_000;
    private const string Query = "{ models(first: 50) { nodes { name yearFrom } } }";

    [Fact]
    public async Task TheIdeRunsAQueryAgainstTheService()
    {
        var clock = Stopwatch.StartNew();

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserApiFixture.LaunchChromiumAsync(playwright);
        output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00}s browser launched ({browser.Version})");

        // A fresh context per test (the IDE keeps its tabs in IndexedDB), with the service worker blocked.
        await using var context = await browser.NewContextAsync(new()
        {
            ServiceWorkers = ServiceWorkerPolicy.Block,
            ViewportSize = new() { Width = 1400, Height = 900 },
        });
        context.SetDefaultTimeout(Timeout);
        var requests = new ConcurrentQueue<string>();
        var pageErrors = new ConcurrentQueue<string>();
        var policyViolations = new ConcurrentQueue<string>();
        context.Request += (_, request) => requests.Enqueue(request.Method + " " + request.Url);
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => pageErrors.Enqueue(error);
        page.Console += (_, message) =>
        {
            Log($"console.{message.Type}: {message.Text}");
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                policyViolations.Enqueue(message.Text);
            }
        };

        var screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(screenshots);
        string? policy = null;
        try
        {
            var navigation = await page.GotoAsync(api.BaseAddress + "/graphql");
            policy = navigation is null ? null : await navigation.HeaderValueAsync("content-security-policy");
            Assert.Equal(api.BaseAddress + "/graphql/", page.Url);
            await page.GetByRole(AriaRole.Button, new() { Name = "Create Document" }).ClickAsync();
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00}s start screen, document created");

            // bcp-config.json reached the IDE: its title, and the example document in the new tab.
            var editor = page.Locator(".monaco-editor[data-uri^='file:///operations/']");
            await Expect(editor.Locator(".view-lines")).ToContainTextAsync("models", new() { Timeout = Timeout });
            Assert.Contains("Moskvitch Graph", await page.TitleAsync(), StringComparison.Ordinal);

            // Replace the example with our query.
            await editor.ClickAsync();
            await page.Keyboard.PressAsync("Control+A");
            await page.Keyboard.PressAsync("Delete");
            await page.Keyboard.InsertTextAsync(Query);

            // The IDE analyses the document in a worker; run before that and it sends an empty query. Its "Run"
            // CodeLens marks the end of the analysis, but on a loaded machine it may not be drawn at all, so run and,
            // while the request the IDE sends is not our query yet, wait and run again.
            var answer = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
            context.Response += (_, r) =>
            {
                if (r.Request.Method == "POST" && r.Request.PostData?.Contains(Query, StringComparison.Ordinal) == true)
                {
                    answer.TrySetResult(r);
                }
            };
            var run = Stopwatch.StartNew();
            while (!answer.Task.IsCompleted)
            {
                Assert.True(run.ElapsedMilliseconds < Timeout, "the IDE never sent the query");
                await page.GetByRole(AriaRole.Button, new() { Name = "Run Operation" }).ClickAsync();
                await Task.WhenAny(answer.Task, Task.Delay(2000));
            }

            // What the IDE got over HTTP: the first page of models, from the database.
            var graphQLResponse = await answer.Task.WaitAsync(TimeSpan.FromMilliseconds(Timeout));
            Assert.Equal(200, graphQLResponse.Status);
            var body = await graphQLResponse.TextAsync();
            Assert.Contains("\"Moskvitch 412\"", body, StringComparison.Ordinal);
            var models = JsonDocument.Parse(body).RootElement.GetProperty("data").GetProperty("models").GetProperty("nodes");
            var first = models[0].GetProperty("name").GetString()!;

            // What the IDE shows: Monaco renders only the visible lines, so look for the first model.
            var response = page.Locator(".monaco-editor[data-uri^='inmemory://'] .view-lines").First;
            await Expect(response).ToContainTextAsync("\"models\"", new() { Timeout = Timeout });
            await Expect(response).ToContainTextAsync($"\"{first}\"", new() { Timeout = Timeout });
            await Expect(page.GetByText("Schema available")).ToBeVisibleAsync(new() { Timeout = Timeout });
            output.WriteLine($"{clock.Elapsed.TotalSeconds:0.00}s result shown: {models.GetArrayLength()} models, the first \"{first}\"");
        }
        catch
        {
            var failure = Path.Combine(screenshots, "ide-failure.png");
            try
            {
                await page.ScreenshotAsync(new() { Path = failure });
                Log($"failure screenshot: {failure}");
            }
            catch (PlaywrightException e)
            {
                Log($"no failure screenshot: {e.Message}");
            }

            throw;
        }

        var screenshot = Path.Combine(screenshots, "ide-models-query.png");
        await page.ScreenshotAsync(new() { Path = screenshot });
        output.WriteLine($"screenshot: {screenshot}");

        var outside = requests.Where(r => !r[(r.IndexOf(' ', StringComparison.Ordinal) + 1)..].StartsWith(api.BaseAddress + "/", StringComparison.Ordinal)).ToList();
        output.WriteLine($"{requests.Count} requests, {outside.Count} outside {api.BaseAddress}");
        Assert.True(outside.Count == 0, "Requests left the machine:\n" + string.Join('\n', outside));
        Assert.True(pageErrors.IsEmpty, "Page errors:\n" + string.Join('\n', pageErrors));
        // The page ran under its Content-Security-Policy (the service's own origin only) and the browser refused nothing.
        Assert.Equal(Moskvitch.Graph.Conventions.IdeEndpoints.ContentSecurityPolicy, policy);
        Assert.True(policyViolations.IsEmpty, "Content-Security-Policy violations:\n" + string.Join('\n', policyViolations));
        Assert.Contains(requests, r => r == $"POST {api.BaseAddress}/graphql");
    }

    /// <summary>Writes to the test's output; events that arrive after the test has finished are dropped.</summary>
    private void Log(string line)
    {
        try
        {
            output.WriteLine(line);
        }
        catch (InvalidOperationException)
        {
        }
    }
}
