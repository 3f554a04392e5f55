import TesseraTypes
import TesseraSpecTest

/// Reading a module given on the command line: a binary, or text assembled first.
enum ModuleInput {
    /// The module's binary. `.wat` files (and files that do not start with the binary magic but look
    /// like text) are assembled. Errors are printed; nil means exit 1.
    static func load(_ path: String) -> [UInt8]? {
        let bytes: [UInt8]
        switch SuiteFiles.readBytes(atPath: path) {
        case .success(let b): bytes = b
        case .failure(let error):
            printError("error: \(error.message)")
            return nil
        }
        guard isText(path: path, bytes) else { return bytes }
        let text = String(decoding: bytes, as: UTF8.self)
        do {
            return try Toolchain.assemble(text)
        } catch {
            printError("\(path):\(textPosition(of: error, in: text)): \(error)")
            return nil
        }
    }

    static func isText(path: String, _ bytes: [UInt8]) -> Bool {
        if path.hasSuffix(".wat") || path.hasSuffix(".wast") { return true }
        if bytes.starts(with: [0x00, 0x61, 0x73, 0x6D]) { return false }
        let firstVisible = bytes.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }
        return firstVisible == UInt8(ascii: "(") || firstVisible == UInt8(ascii: ";")
    }

    /// `line:column` of a text error's offset (1-based), or "1:1" when it has none.
    static func textPosition(of error: WasmError, in text: String) -> String {
        guard let offset = error.offset else { return "1:1" }
        var line = 1
        var column = 1
        for (index, byte) in text.utf8.enumerated() {
            if index >= offset { break }
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return "\(line):\(column)"
    }
}
