package cn.ezhou.yshj.security;

/**
 * A user lost some or all of their access (account disabled, a role removed, an observer's service
 * ended): their live sessions end, and the next request logs in again with what is left.
 */
public record AccessWithdrawn(String username) {
}
