package cn.ezhou.yshj.opendata.api;

/** A parameter the API cannot take; the message says which and what it accepts. */
class BadRequest extends RuntimeException {

    BadRequest(String detail) {
        super(detail);
    }
}
