package io.nas4j.ui.api;

/** A request the API refuses, with its HTTP status and a message that names the problem. */
public final class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    /** A refusal with {@code status} (400, 401, 403, 404, 405). */
    public ApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    /** A 400: the request is malformed. */
    public static ApiException badRequest(String message) {
        return new ApiException(400, message);
    }

    /** A 404: what it names does not exist. */
    public static ApiException notFound(String message) {
        return new ApiException(404, message);
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }
}
