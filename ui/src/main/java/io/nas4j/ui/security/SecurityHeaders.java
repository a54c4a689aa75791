package io.nas4j.ui.security;

import io.javalin.http.Context;

/**
 * Headers on every response: a strict Content-Security-Policy (scripts and styles only from this
 * server, no inline script, no framing, no plugins), no MIME sniffing, no referrer.
 */
public final class SecurityHeaders {
    /** The policy: everything from this origin only, no inline scripts, images also as data URLs (chart export). */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'none'; "
            + "frame-ancestors 'none'";

    private SecurityHeaders() {
    }

    /** Sets the headers on {@code ctx}. */
    public static void apply(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Referrer-Policy", "no-referrer");
        ctx.header("Cross-Origin-Opener-Policy", "same-origin");
        ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    }
}
