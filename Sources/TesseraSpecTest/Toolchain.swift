public import TesseraTypes
import TesseraBinary
public import TesseraText
public import TesseraValidation

/// The one place where the runner (and the CLI) call the text parser, the decoder and the validator.
public enum Toolchain {
    /// Parses a `.wast` script.
    public static func parseScript(_ text: String) throws(WasmError) -> WastScript {
        try parseWast(text)
    }

    /// The binary of a script module: text and quote modules are parsed and encoded (text errors are
    /// `.malformed`).
    public static func binary(of module: WastModule, features: FeatureSet) throws(WasmError) -> [UInt8] {
        try module.binary(features: features)
    }

    /// Decodes and validates a module binary.
    public static func validate(_ bytes: [UInt8], features: FeatureSet) throws(WasmError) -> ValidatedModule {
        try validateModule(bytes: bytes, features: features)
    }

    /// Assembles a text-format module (`.wat`) into a binary.
    public static func assemble(_ text: String, features: FeatureSet = .default) throws(WasmError) -> [UInt8] {
        try parseWat(text, features: features)
    }
}
