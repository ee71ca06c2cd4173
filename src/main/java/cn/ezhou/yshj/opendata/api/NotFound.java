package cn.ezhou.yshj.opendata.api;

/** Nothing public at this address: unknown, not public, not yet open or not published — the API does not say which. */
class NotFound extends RuntimeException {

    NotFound(String detail) {
        super(detail);
    }
}
