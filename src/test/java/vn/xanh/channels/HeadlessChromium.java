package vn.xanh.channels;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.jayway.jsonpath.JsonPath;

/**
 * A real headless Chromium driven over the DevTools protocol: the page under test carries no script,
 * the measuring is done from outside, as a browser's developer tools do.
 */
final class HeadlessChromium implements AutoCloseable {

    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");

    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final Map<Integer, CompletableFuture<String>> replies = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<String>> events = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();

    /** The browser on this machine's PATH, if any. */
    static Optional<Path> find() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    HeadlessChromium(Path executable) throws Exception {
        profile = Files.createTempDirectory("chromium-profile");
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking", "--disable-sync",
                "--disable-component-update", "--hide-scrollbars", "--remote-debugging-port=0",
                "--remote-allow-origins=*", "--user-data-dir=" + profile, "about:blank").redirectErrorStream(true)
                .start();
        String browser = listeningAddress();
        URI http = URI.create("http://" + URI.create(browser).getAuthority() + "/json/list");
        HttpClient client = HttpClient.newHttpClient();
        String pageSocket = null;
        for (int attempt = 0; attempt < 50 && pageSocket == null; attempt++) {
            String list = client.send(HttpRequest.newBuilder(http).build(), HttpResponse.BodyHandlers.ofString()).body();
            List<String> pages = JsonPath.read(list, "$[?(@.type == 'page')].webSocketDebuggerUrl");
            pageSocket = pages.isEmpty() ? null : pages.get(0);
            if (pageSocket == null) {
                Thread.sleep(100);
            }
        }
        if (pageSocket == null) {
            throw new IllegalStateException("Chromium opened no page");
        }
        socket = client.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener()).get(10,
                TimeUnit.SECONDS);
        send("Page.enable", "{}");
    }

    /** Opens the page in a window {@code width} pixels wide, as a phone does below 600. */
    void open(Path page, int width) throws Exception {
        send("Emulation.setDeviceMetricsOverride", "{\"width\":" + width + ",\"height\":800,\"deviceScaleFactor\":1,"
                + "\"mobile\":" + (width < 600) + "}");
        CompletableFuture<String> loaded = new CompletableFuture<>();
        events.put("Page.loadEventFired", loaded);
        send("Page.navigate", "{\"url\":" + quoted(page.toUri().toString()) + "}");
        loaded.get(30, TimeUnit.SECONDS);
    }

    /** Renders the open page for {@code print} or {@code screen}, as the print dialog does. */
    void media(String media) throws Exception {
        send("Emulation.setEmulatedMedia", "{\"media\":" + quoted(media) + "}");
    }

    /** The value of an expression evaluated in the open page, as JSON text. */
    String evaluate(String expression) throws Exception {
        String reply = send("Runtime.evaluate", "{\"expression\":" + quoted(expression) + ",\"returnByValue\":true}");
        return JsonPath.read(reply, "$.result.result.value");
    }

    private String send(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> reply = new CompletableFuture<>();
        replies.put(id, reply);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).get();
        String answer = reply.get(30, TimeUnit.SECONDS);
        if (answer.contains("\"error\"")) {
            throw new IllegalStateException(method + " failed: " + answer);
        }
        return answer;
    }

    private String listeningAddress() throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null) {
            int at = line.indexOf("ws://");
            if (line.startsWith("DevTools listening on") && at >= 0) {
                // keep draining the browser's output so that it never blocks on a full pipe
                Thread drain = new Thread(() -> lines.lines().forEach(ignored -> { }));
                drain.setDaemon(true);
                drain.start();
                return line.substring(at).strip();
            }
        }
        throw new IllegalStateException("Chromium ended before listening");
    }

    static String quoted(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                default -> json.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return json.append('"').toString();
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        }
        finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            try (var paths = Files.walk(profile)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private final class Listener implements WebSocket.Listener {

        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                if (text.startsWith("{\"id\":")) {
                    int id = JsonPath.read(text, "$.id");
                    Optional.ofNullable(replies.remove(id)).ifPresent(reply -> reply.complete(text));
                }
                else {
                    String method = JsonPath.read(text, "$.method");
                    Optional.ofNullable(events.remove(method)).ifPresent(event -> event.complete(text));
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
