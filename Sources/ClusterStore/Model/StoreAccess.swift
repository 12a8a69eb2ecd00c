/// How ``LinkageStore`` opens its file.
public enum StoreAccess: Sendable, Equatable {
    /// Read and write: a missing file is created, an older one migrated. A read-only file or
    /// folder is refused before anything is opened (``StoreError/readOnlyStore(path:reason:)``).
    case readWrite
    /// Read only: every connection is opened `SQLITE_OPEN_READONLY` and the file is never
    /// changed, not even its journal mode. It reads while another process imports into the same
    /// file (each read sees the last commit). A missing file, or one an older ClusterNet wrote
    /// (it would need migrating), is refused.
    case readOnly
}
