package vn.xanh.mailbox.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The receiving server's own verdict on a message, read from its {@code Authentication-Results} header
 * (RFC 8601): only the topmost header whose authserv-id is the trusted one counts, since any other (or a
 * lower one) may have been written by the sender. The message passes on {@code dmarc=pass}, or, where the
 * From domain publishes no DMARC policy (no dmarc result, or {@code dmarc=none}), on {@code dkim=pass}
 * signed by the From domain or its parent (relaxed alignment).
 */
public final class AuthenticationResults {

    /** What the check found; {@code reason} is Vietnamese, for the clerk, and null when passed. */
    public record Verdict(boolean passed, String reason) {

        public static final Verdict PASSED = new Verdict(true, null);
    }

    /** One method's result: {@code dkim=pass header.d=example.com}. */
    record Result(String method, String result, Map<String, String> properties) {
    }

    /** One header: who wrote it and what it says. */
    record Header(String authservId, List<Result> results) {
    }

    private AuthenticationResults() {
    }

    /** The verdict on a message with these headers (top first) from this sender, trusting only {@code authservId}. */
    public static Verdict verdict(List<String> headers, String authservId, String sender) {
        Header trusted = null;
        for (String raw : headers) {
            Header header = parse(raw);
            if (header != null && header.authservId().equalsIgnoreCase(authservId.strip())) {
                trusted = header;
                break;
            }
        }
        if (trusted == null) {
            return new Verdict(false, "máy chủ nhận thư (" + authservId.strip() + ") không xác nhận được người gửi"
                    + " (thư không có kết quả xác thực của máy chủ)");
        }
        String fromDomain = sender == null ? "" : sender.substring(sender.indexOf('@') + 1).toLowerCase(Locale.ROOT);
        String dmarc = null;
        for (Result result : trusted.results()) {
            if (result.method().equals("dmarc")) {
                dmarc = result.result();
                if (dmarc.equals("pass")) {
                    return Verdict.PASSED;
                }
            }
        }
        if (dmarc != null && !dmarc.equals("none")) {
            return new Verdict(false, "máy chủ nhận thư báo kiểm tra DMARC không đạt (dmarc=" + dmarc + "): thư có thể"
                    + " bị giả mạo địa chỉ người gửi");
        }
        for (Result result : trusted.results()) {
            if (result.method().equals("dkim") && result.result().equals("pass") && aligned(signer(result), fromDomain)) {
                return Verdict.PASSED;
            }
        }
        return new Verdict(false, "máy chủ nhận thư không xác nhận được thư do tên miền " + fromDomain + " gửi (không có"
                + " dmarc=pass, cũng không có chữ ký DKIM hợp lệ của tên miền đó)");
    }

    /** The signing domain: {@code header.d}, else the domain of {@code header.i}. */
    private static String signer(Result result) {
        String d = result.properties().get("header.d");
        if (d == null) {
            String i = result.properties().get("header.i");
            d = i == null ? null : i.substring(i.indexOf('@') + 1);
        }
        return d == null ? "" : d.toLowerCase(Locale.ROOT);
    }

    private static boolean aligned(String signer, String fromDomain) {
        return !signer.isEmpty() && !fromDomain.isEmpty()
                && (signer.equals(fromDomain) || fromDomain.endsWith("." + signer) || signer.endsWith("." + fromDomain));
    }

    /** One header's value, comments removed; null when it names no authserv-id. */
    static Header parse(String value) {
        List<String> parts = split(withoutComments(value.replaceAll("\\r?\\n", " ")));
        if (parts.isEmpty() || parts.get(0).isBlank()) {
            return null;
        }
        // The authserv-id may be followed by a version number.
        String authservId = unquote(parts.get(0).strip().split("\\s+")[0]);
        List<Result> results = new ArrayList<>();
        for (String part : parts.subList(1, parts.size())) {
            Result result = result(part);
            if (result != null) {
                results.add(result);
            }
        }
        return new Header(authservId, results);
    }

    /** {@code dkim=pass reason="..." header.d=example.com}; null for {@code none} or what cannot be read. */
    private static Result result(String text) {
        List<String> tokens = tokens(text);
        if (tokens.isEmpty() || !tokens.get(0).contains("=")) {
            return null;
        }
        String first = tokens.get(0);
        String method = first.substring(0, first.indexOf('=')).strip().toLowerCase(Locale.ROOT);
        int slash = method.indexOf('/');
        method = slash < 0 ? method : method.substring(0, slash).strip();
        String result = unquote(first.substring(first.indexOf('=') + 1)).strip().toLowerCase(Locale.ROOT);
        Map<String, String> properties = new HashMap<>();
        for (String token : tokens.subList(1, tokens.size())) {
            int eq = token.indexOf('=');
            if (eq > 0) {
                properties.put(token.substring(0, eq).strip().toLowerCase(Locale.ROOT),
                        unquote(token.substring(eq + 1).strip()));
            }
        }
        return new Result(method, result, properties);
    }

    /** Tokens separated by spaces, {@code a = b} joined as {@code a=b}, quoted strings kept whole. */
    private static List<String> tokens(String text) {
        String joined = text.strip().replaceAll("\\s*=\\s*", "=").replaceAll("\\s*/\\s*", "/");
        List<String> tokens = new ArrayList<>();
        StringBuilder token = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < joined.length(); i++) {
            char c = joined.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            }
            if (!quoted && Character.isWhitespace(c)) {
                if (!token.isEmpty()) {
                    tokens.add(token.toString());
                    token.setLength(0);
                }
            }
            else {
                token.append(c);
            }
        }
        if (!token.isEmpty()) {
            tokens.add(token.toString());
        }
        return tokens;
    }

    /** The value with its comments (nested parentheses, not inside quotes) removed. */
    private static String withoutComments(String value) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        boolean quoted = false;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length() && (quoted || depth > 0)) {
                if (depth == 0) {
                    out.append(c).append(value.charAt(i + 1));
                }
                i++;
            }
            else if (c == '"' && depth == 0) {
                quoted = !quoted;
                out.append(c);
            }
            else if (c == '(' && !quoted) {
                depth++;
                out.append(depth == 1 ? " " : "");
            }
            else if (c == ')' && !quoted && depth > 0) {
                depth--;
            }
            else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The value split at semicolons outside quotes. */
    private static List<String> split(String value) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (char c : value.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ';' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            }
            else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unquote(String text) {
        String t = text.strip();
        return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t.substring(1, t.length() - 1) : t;
    }
}
