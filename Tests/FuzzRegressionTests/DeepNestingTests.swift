import Testing
import TesseraTypes
import TesseraBinary
import TesseraSpecTest

/// Attacker-controlled depth must not turn into native recursion.
@Suite("Deep nesting")
struct DeepNestingTests {
    /// A module with one `(func)` whose body is `depth` nested `block`s (`tail` closes them, or not).
    static func nestedBlocks(depth: Int, closed: Bool) -> [UInt8] {
        var body: [UInt8] = [0x00]  // no locals
        body += Array(repeating: [0x02, 0x40], count: depth).flatMap { $0 }
        if closed { body += Array(repeating: 0x0B, count: depth) }
        body.append(0x0B)
        var module: [UInt8] = [0x00, 0x61, 0x73, 0x6D, 0x01, 0x00, 0x00, 0x00]
        module += [0x01, 0x04, 0x01, 0x60, 0x00, 0x00]  // type section: (func)
        module += [0x03, 0x02, 0x01, 0x00]  // function section
        var code = leb(1) + leb(body.count) + body
        code = leb(code.count) + code
        module += [0x0A] + code
        return module
    }

    /// Unsigned LEB128 through the encoder's writer.
    static func leb(_ value: Int) -> [UInt8] {
        var writer = BinaryWriter()
        writer.writeU64(UInt64(value))
        return writer.bytes
    }

    @Test func hundredThousandNestedBlocks() {
        let depth = 100_000
        if case .failure(let error) = decodeAndValidate(Self.nestedBlocks(depth: depth, closed: true)) {
            Issue.record("valid deep nesting rejected: \(error)")
        }
        // Unclosed: the body runs out before the blocks end.
        guard case .failure(let error) = decodeAndValidate(Self.nestedBlocks(depth: depth, closed: false)) else {
            Issue.record("unclosed blocks accepted")
            return
        }
        #expect(error.kind == .malformed || error.kind == .invalid)
    }
}
