import Testing
import TesseraTypes
@testable import TesseraText

/// Numeric literal syntax: separators, hexadecimal, ranges, floats, NaN payloads.
struct LiteralTests {
    func int(_ text: String, _ width: Int) -> UInt64? {
        let b = Array(text.utf8)
        return try? scanInteger(b, 0, b.count)?.bits(width)
    }

    func float32(_ text: String) -> UInt32? {
        let b = Array(text.utf8)
        return (try? parseFloatBits(b, 0, b.count, width: 32)).map { UInt32($0) }
    }

    func float64(_ text: String) -> UInt64? {
        let b = Array(text.utf8)
        return try? parseFloatBits(b, 0, b.count, width: 64)
    }

    @Test func integers() {
        #expect(int("1_000", 32) == 1000)
        #expect(int("0xFF_ff", 32) == 0xFFFF)
        #expect(int("-1", 32) == 0xFFFF_FFFF)
        #expect(int("4294967295", 32) == 0xFFFF_FFFF)
        #expect(int("+0xffffffff", 32) == 0xFFFF_FFFF)
        #expect(int("-2147483648", 32) == 0x8000_0000)
        #expect(int("-2147483649", 32) == nil)
        #expect(int("4294967296", 32) == nil)
        #expect(int("18446744073709551615", 64) == .max)
        #expect(int("18446744073709551616", 64) == nil)
        #expect(int("-0x8000000000000000", 64) == 0x8000_0000_0000_0000)
        for bad in ["1_", "_1", "1__0", "0x", "0x_1", "1x", "0xg", "--1", ""] {
            #expect(int(bad, 32) == nil, "\(bad)")
        }
    }

    @Test func floats() {
        #expect(float32("1") == 0x3F80_0000)
        #expect(float32("-0") == 0x8000_0000)
        #expect(float32("1.5e1_0") == Float(1.5e10).bitPattern)
        #expect(float32("0x1.8p1") == 0x4040_0000)
        #expect(float32("0x1p-149") == 1)
        #expect(float32("0x1p-150") == 0)
        #expect(float32("0x1.fffffep127") == 0x7F7F_FFFF)
        #expect(float32("inf") == 0x7F80_0000)
        #expect(float32("-inf") == 0xFF80_0000)
        #expect(float32("nan") == 0x7FC0_0000)
        #expect(float32("-nan:0x1") == 0xFF80_0001)
        #expect(float64("0x1.fffffffffffffp1023") == 0x7FEF_FFFF_FFFF_FFFF)
        #expect(float64("1.") == 0x3FF0_0000_0000_0000)
        #expect(float64("0x1.") == 0x3FF0_0000_0000_0000)
        #expect(float64("nan:0xf_ffff_ffff_ffff") == 0x7FFF_FFFF_FFFF_FFFF)
    }

    @Test func floatRanges() {
        for outOfRange in ["0x1p128", "1e39", "0x1.ffffffp127", "nan:0x0", "nan:0x80_0000"] {
            let b = Array(outOfRange.utf8)
            #expect(throws: LiteralError.outOfRange) { try parseFloatBits(b, 0, b.count, width: 32) }
        }
        for bad in [".0", "0e", "0x.", "0x0p", "0x0pA", "1_", "nan:1", "infinity", "0.0e-"] {
            let b = Array(bad.utf8)
            #expect(throws: LiteralError.syntax) { try parseFloatBits(b, 0, b.count, width: 64) }
        }
    }
}
