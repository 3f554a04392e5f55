/// An error from loading or calling a plugin.
///
/// `message` is the text the reference Extism host reports for the same situation (the plugin's own
/// error message when it set one with `error_set`); `returnCode` is the code the host's C API returns
/// for a failed call (the plugin's return code, 134 for a trap or timeout, -1 for a host-side failure).
public struct PluginError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where the error arose.
    public enum Kind: Hashable, Sendable {
        /// Reading the manifest or a wasm source, or checking it (hash, format).
        case manifest
        /// Decoding, validating or linking a module.
        case load
        /// A call that failed (the plugin set an error, returned non-zero, trapped or was stopped).
        case call
    }

    /// The phase.
    public var kind: Kind
    /// The message (for calls: the plugin's error text, or the host's words for the failure).
    public var message: String
    /// For calls: the return code the reference host reports.
    public var returnCode: Int32?

    /// Creates an error.
    public init(_ kind: Kind, _ message: String, returnCode: Int32? = nil) {
        self.kind = kind
        self.message = message
        self.returnCode = returnCode
    }

    public var description: String { message }
}

extension PluginError {
    /// The text the reference host's Python SDK shows for a failed plugin creation or call: manifest
    /// errors are prefixed "Unable to compile Extism plugin: ", load errors "Unable to create Extism
    /// plugin: ".
    public var extismDescription: String {
        switch kind {
        case .manifest: "Unable to compile Extism plugin: " + message
        case .load: "Unable to create Extism plugin: " + message
        case .call: message
        }
    }
}
