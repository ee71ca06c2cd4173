package cn.ezhou.yshj.attachment;

/**
 * Where the bytes live, by a key the server generated. The file-system store is the default; a
 * shared store (object storage, a network drive) for several instances implements the same interface.
 */
public interface AttachmentStore {

    void put(String key, byte[] content);

    byte[] get(String key);

    void delete(String key);
}
