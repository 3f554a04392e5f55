/// WASI preview 1 (`wasi_snapshot_preview1`) for Tessera instances. Placeholder namespace: the
/// implementation lands with issue 4.
public enum WASIPreview1 {
    /// The import module name every preview-1 function lives in.
    public static let moduleName = "wasi_snapshot_preview1"
}
