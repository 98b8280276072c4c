package dev.parley.server;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The character set of a request's parameters and SPARQL body, alike on every endpoint: a query or update body
 * ({@code application/sparql-query}, {@code application/sparql-update}) is decoded in the charset its
 * {@code Content-Type} declares (UTF-8 when it declares none) and handed on as UTF-8, which is all Fuseki reads;
 * a form body ({@code application/x-www-form-urlencoded}) is checked to decode in its declared charset (Jetty
 * then decodes it so), and the query string, once its %-escapes are decoded, to be UTF-8 (as Jetty reads it).
 * A charset that Java does not know, or one that does not write ASCII as ASCII (UTF-16: the form's own
 * {@code =}, {@code &} and {@code %} would not be there), is refused with 415, a body or query string that is not
 * valid in its charset with 400: never a garbled query, never a 500.
 * <p>
 * It stands behind {@link RequestLimits}, so the body it reads is already whole and within the size limit.
 */
final class BodyCharset extends Handler.Wrapper {
    private static final Set<String> SPARQL = Set.of("application/sparql-query", "application/sparql-update");
    private static final String FORM = "application/x-www-form-urlencoded";

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        String query = request.getHttpURI().getQuery();
        if (query != null) {
            try {
                // Characters past ASCII are already decoded, so only the %-escapes can make it invalid.
                decode(percentDecoded(query.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
            } catch (CharacterCodingException | IllegalArgumentException e) {
                Response.writeError(request, response, callback, 400, e instanceof IllegalArgumentException
                        ? "The query string has a " + e.getMessage()
                        : "The query string is not valid UTF-8 once its %-escapes are decoded");
                return true;
            }
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (contentType == null || request.getLength() <= 0) {
            return super.handle(request, response, callback);
        }
        Map<String, String> params = new HashMap<>();
        String type = HttpField.getValueParameters(contentType, params).strip().toLowerCase(Locale.ROOT);
        boolean sparql = SPARQL.contains(type);
        if (!sparql && !type.equals(FORM)) {
            return super.handle(request, response, callback);
        }
        String declared = charsetParameter(params);
        Charset charset;
        try {
            charset = declared == null ? StandardCharsets.UTF_8 : Charset.forName(declared);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            Response.writeError(request, response, callback, 415, "The charset \"" + declared
                    + "\" of the request body is not known here; send UTF-8");
            return true;
        }
        if (!sparql && !writesAsciiAsAscii(charset)) {
            Response.writeError(request, response, callback, 415, "A form cannot be read in " + charset.name()
                    + ", which does not write its '=', '&' and '%' as ASCII; send it in UTF-8");
            return true;
        }
        byte[] body = Content.Source.asInputStream(request).readAllBytes();
        String text;
        try {
            text = decode(sparql ? body : percentDecoded(body), charset);
        } catch (CharacterCodingException | IllegalArgumentException e) {
            Response.writeError(request, response, callback, 400, "The request body is not valid "
                    + charset.name() + (sparql ? "" : " (once its %-escapes are decoded)"));
            return true;
        }
        HttpFields headers = request.getHeaders();
        if (sparql && !charset.equals(StandardCharsets.UTF_8)) {
            body = text.getBytes(StandardCharsets.UTF_8);
            headers = HttpFields.build(headers).put(HttpHeader.CONTENT_TYPE, type + "; charset=utf-8");
        }
        return super.handle(RequestLimits.withBody(request, body, headers), response, callback);
    }

    private static String charsetParameter(Map<String, String> params) {
        for (Map.Entry<String, String> p : params.entrySet()) {
            if (p.getKey().strip().equalsIgnoreCase("charset")) {
                String v = p.getValue().strip();
                return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1)
                        : v;
            }
        }
        return null;
    }

    private static boolean writesAsciiAsAscii(Charset charset) {
        String form = "query=ASK%7B%7D+&x";
        return charset.canEncode() && Arrays.equals(form.getBytes(charset), form.getBytes(StandardCharsets.US_ASCII));
    }

    private static String decode(byte[] bytes, Charset charset) throws CharacterCodingException {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /** The bytes of a form body with its %-escapes decoded (a malformed escape is an IllegalArgumentException). */
    private static byte[] percentDecoded(byte[] form) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(form.length);
        for (int i = 0; i < form.length; i++) {
            byte b = form[i];
            if (b == '%') {
                if (i + 2 >= form.length) {
                    throw new IllegalArgumentException("truncated %-escape");
                }
                int hi = Character.digit(form[i + 1], 16);
                int lo = Character.digit(form[i + 2], 16);
                if (hi < 0 || lo < 0) {
                    throw new IllegalArgumentException("malformed %-escape");
                }
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(b == '+' ? ' ' : b);
            }
        }
        return out.toByteArray();
    }
}
