package io.nas4j.ui.security;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.nas4j.ui.api.ApiException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether a request may be served, before anything else runs.
 * <ul>
 *   <li>Only GET and HEAD: the UI never changes a study.</li>
 *   <li>On a loopback binding, the {@code Host} header must name a loopback host
 *       ({@code localhost}, {@code 127.0.0.1}, {@code [::1]}): a page of another site that
 *       re-points its DNS name at 127.0.0.1 (DNS rebinding) is refused.</li>
 *   <li>With a token, every request carries it: header {@code Authorization: Bearer T} or
 *       {@code X-Nas4j-Token: T}, or {@code ?token=T} once, which sets an HttpOnly, SameSite=Strict
 *       cookie for the pages and scripts that follow.</li>
 * </ul>
 * Refusals are JSON errors (403, 401 or 405).
 */
public final class AccessGuard {
    /** The cookie that carries the token after a {@code ?token=} visit. */
    public static final String COOKIE = "nas4j_token";
    private static final Pattern LOOPBACK_HOST =
            Pattern.compile("(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d{1,5})?");

    private final byte[] token;
    private final boolean loopback;

    /**
     * A guard.
     *
     * @param token the access token, or null for none
     * @param loopback whether the server binds a loopback address (then the Host header is checked)
     */
    public AccessGuard(String token, boolean loopback) {
        this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
        this.loopback = loopback;
    }

    /** Refuses the request with an {@link ApiException} unless it may be served. */
    public void check(Context ctx) {
        String method = ctx.method().name();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            throw new ApiException(405, "the UI is read-only: " + method + " is not allowed");
        }
        if (loopback) {
            String host = ctx.header("Host");
            if (host == null || !LOOPBACK_HOST.matcher(host.toLowerCase(Locale.ROOT)).matches()) {
                throw new ApiException(403, "this UI answers only requests to localhost or 127.0.0.1");
            }
        }
        if (token == null) {
            return;
        }
        String query = ctx.queryParam("token");
        if (query != null && matches(query)) {
            Cookie c = new Cookie(COOKIE, query);
            c.setHttpOnly(true);
            c.setSameSite(SameSite.STRICT);
            c.setPath("/");
            ctx.cookie(c);
            return;
        }
        String auth = ctx.header("Authorization");
        if (auth != null && auth.startsWith("Bearer ") && matches(auth.substring("Bearer ".length()))) {
            return;
        }
        if (matches(ctx.header("X-Nas4j-Token")) || matches(ctx.cookie(COOKIE))) {
            return;
        }
        throw new ApiException(401, "this UI needs its access token: open the URL printed at start (…/?token=…)");
    }

    private boolean matches(String given) {
        return given != null && MessageDigest.isEqual(token, given.getBytes(StandardCharsets.UTF_8));
    }
}
