using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using NewsQuality.Cli.Tests;

namespace NewsQuality.Review.Tests;

/// <summary>
/// Headless Debian Chromium driven over the DevTools protocol on a WebSocket: navigate, evaluate, press keys and take
/// screenshots, with nothing to download (Playwright would want its own browser build).
/// </summary>
public sealed class DevTools : IAsyncDisposable
{
    private readonly Process _browser;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly Task _receiving;
    private int _nextId;

    private DevTools(Process browser, Uri page)
    {
        _browser = browser;
        _socket.ConnectAsync(page, CancellationToken.None).Wait(TimeSpan.FromSeconds(30));
        _receiving = Task.Run(Receive);
    }

    public static async Task<DevTools> Launch(string profile)
    {
        var start = new ProcessStartInfo(ChromiumFactAttribute.Browser,
        [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--hide-scrollbars", "--remote-debugging-port=0", "--remote-allow-origins=*",
            $"--user-data-dir={profile}", "--window-size=1100,1400", "about:blank",
        ]) { RedirectStandardError = true, RedirectStandardOutput = true };
        var browser = Process.Start(start)!;
        _ = browser.StandardOutput.ReadToEndAsync();
        // Chromium names its DevTools endpoint on standard error: "DevTools listening on ws://127.0.0.1:PORT/devtools/browser/…".
        var endpoint = await Task.Run(() =>
        {
            while (browser.StandardError.ReadLine() is { } line)
                if (line.StartsWith("DevTools listening on ")) return new Uri(line["DevTools listening on ".Length..]);
            return null;
        }).WaitAsync(TimeSpan.FromSeconds(60));
        if (endpoint is null) throw new InvalidOperationException("chromium did not open its DevTools endpoint");
        _ = browser.StandardError.ReadToEndAsync();
        using var http = new HttpClient();
        var targets = await http.GetFromJsonAsync<JsonElement[]>($"http://{endpoint.Authority}/json/list");
        var page = targets!.First(t => t.GetProperty("type").GetString() == "page").GetProperty("webSocketDebuggerUrl").GetString()!;
        return new DevTools(browser, new Uri(page));
    }

    private async Task Receive()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        while (_socket.State == WebSocketState.Open)
        {
            WebSocketReceiveResult result;
            try
            {
                result = await _socket.ReceiveAsync(buffer, CancellationToken.None);
            }
            catch (WebSocketException)
            {
                break;
            }
            if (result.MessageType == WebSocketMessageType.Close) break;
            message.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage) continue;
            var json = JsonDocument.Parse(message.ToArray()).RootElement.Clone();
            message.SetLength(0);
            if (json.TryGetProperty("id", out var id) && _pending.TryRemove(id.GetInt32(), out var waiting))
            {
                if (json.TryGetProperty("error", out var error)) waiting.SetException(new InvalidOperationException(error.ToString()));
                else waiting.SetResult(json.GetProperty("result"));
            }
        }
        foreach (var waiting in _pending.Values) waiting.TrySetException(new InvalidOperationException("the DevTools connection closed"));
    }

    public async Task<JsonElement> Send(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var done = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = done;
        var command = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(command.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        return await done.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>The value of a JavaScript expression in the page (promises awaited).</summary>
    public async Task<JsonElement> Evaluate(string expression)
    {
        var result = await Send("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result.TryGetProperty("exceptionDetails", out var exception)) throw new InvalidOperationException($"{expression}: {exception}");
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value : default;
    }

    /// <summary>Waits until the expression is true in the page.</summary>
    public async Task WaitFor(string expression, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            var value = await Evaluate($"!!({expression})");
            if (value.ValueKind == JsonValueKind.True) return;
            await Task.Delay(100);
        }
        throw new TimeoutException($"still false after waiting: {expression}");
    }

    public async Task Navigate(string url)
    {
        await Send("Page.navigate", new JsonObject { ["url"] = url });
        await WaitFor($"location.href === {JsonSerializer.Serialize(url)} && document.readyState === 'complete'");
    }

    public async Task Reload()
    {
        await Evaluate("window.beforeReload = true");
        await Send("Page.reload");
        await WaitFor("window.beforeReload === undefined && document.readyState === 'complete'");
    }

    /// <summary>A key typed on the page, as a person would (key down with its character, key up).</summary>
    public async Task Press(char key)
    {
        var name = key.ToString();
        await Send("Input.dispatchKeyEvent", new JsonObject { ["type"] = "keyDown", ["key"] = name, ["text"] = name });
        await Send("Input.dispatchKeyEvent", new JsonObject { ["type"] = "keyUp", ["key"] = name });
    }

    public async Task Screenshot(string path)
    {
        var shot = await Send("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception e) when (e is WebSocketException or TimeoutException or InvalidOperationException)
        {
        }
        if (!_browser.HasExited) _browser.Kill(entireProcessTree: true);
        await _browser.WaitForExitAsync();
        await _receiving.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        _browser.Dispose();
        _socket.Dispose();
    }
}
