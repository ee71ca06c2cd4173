package cn.ezhou.yshj.attachment.internal;

import java.util.regex.Pattern;

/** The one shape of a storage key, checked by every store before it touches a file or an object. */
final class StorageKeys {

    private static final Pattern KEY = Pattern.compile("[0-9a-f]{32}");

    private StorageKeys() {
    }

    /** The key itself, or an {@link IllegalArgumentException} for anything a server did not generate. */
    static String checked(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a storage key");
        }
        return key;
    }
}
