import TesseraBinary
import TesseraTypes
import Testing

@Suite struct LEB128Tests {
    private func unsigned(_ bytes: [UInt8], bits: Int = 32) -> Result<UInt64, WasmError> {
        var reader = BinaryReader(bytes)
        do throws(WasmError) {
            let value = try reader.readUnsigned(bits: bits)
            return reader.isAtEnd ? .success(value) : .failure(.malformed("trailing"))
        } catch {
            return .failure(error)
        }
    }

    private func signed(_ bytes: [UInt8], bits: Int) -> Result<Int64, WasmError> {
        var reader = BinaryReader(bytes)
        do throws(WasmError) {
            let value = try reader.readSigned(bits: bits)
            return reader.isAtEnd ? .success(value) : .failure(.malformed("trailing"))
        } catch {
            return .failure(error)
        }
    }

    private func message<T>(_ result: Result<T, WasmError>) -> String? {
        if case .failure(let e) = result { return e.message }
        return nil
    }

    @Test func unsignedValues() throws {
        #expect(try unsigned([0x00]).get() == 0)
        #expect(try unsigned([0x7F]).get() == 127)
        #expect(try unsigned([0x80, 0x01]).get() == 128)
        #expect(try unsigned([0xE5, 0x8E, 0x26]).get() == 624_485)
        #expect(try unsigned([0xFF, 0xFF, 0xFF, 0xFF, 0x0F]).get() == 0xFFFF_FFFF)
        // Non-minimal encodings within the byte limit are accepted.
        #expect(try unsigned([0x82, 0x80, 0x80, 0x80, 0x00]).get() == 2)
        #expect(try unsigned([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], bits: 64).get() == UInt64.max)
    }

    @Test func unsignedRejections() {
        // Six bytes for a u32 is too long, even if the value is small.
        #expect(message(unsigned([0x82, 0x80, 0x80, 0x80, 0x80, 0x00])) == "integer representation too long")
        // Unused bits of the last byte must be zero.
        #expect(message(unsigned([0x80, 0x80, 0x80, 0x80, 0x10])) == "integer too large")
        #expect(message(unsigned([0xFF, 0xFF, 0xFF, 0xFF, 0x1F])) == "integer too large")
        #expect(message(unsigned([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x02], bits: 64)) == "integer too large")
        #expect(message(unsigned([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x00], bits: 64))
            == "integer representation too long")
        // Truncated.
        #expect(message(unsigned([0x80]))?.hasPrefix("unexpected end") == true)
        #expect(message(unsigned([]))?.hasPrefix("unexpected end") == true)
    }

    @Test func signedValues() throws {
        #expect(try signed([0x7F], bits: 32).get() == -1)
        #expect(try signed([0x3F], bits: 32).get() == 63)
        #expect(try signed([0x40], bits: 32).get() == -64)
        #expect(try signed([0xFF, 0x7F], bits: 32).get() == -1)
        #expect(try signed([0x80, 0x80, 0x80, 0x80, 0x78], bits: 32).get() == Int64(Int32.min))
        #expect(try signed([0xFF, 0xFF, 0xFF, 0xFF, 0x07], bits: 32).get() == Int64(Int32.max))
        #expect(try signed([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x7F], bits: 64).get() == Int64.min)
        // s33 reaches 2^32 - 1 (type indices in block types).
        #expect(try signed([0xFF, 0xFF, 0xFF, 0xFF, 0x0F], bits: 33).get() == 0xFFFF_FFFF)
    }

    @Test func signedRejections() {
        // The unused bits of the last byte must equal the sign bit.
        #expect(message(signed([0x80, 0x80, 0x80, 0x80, 0x70], bits: 32)) == "integer too large")
        #expect(message(signed([0xFF, 0xFF, 0xFF, 0xFF, 0x0F], bits: 32)) == "integer too large")
        #expect(message(signed([0xFF, 0xFF, 0xFF, 0xFF, 0x4F], bits: 32)) == "integer too large")
        #expect(message(signed([0x80, 0x80, 0x80, 0x80, 0x80, 0x00], bits: 32)) == "integer representation too long")
        #expect(message(signed([0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01], bits: 64)) == "integer too large")
        #expect(message(signed([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x7E], bits: 64)) == "integer too large")
    }

    @Test func writerRoundTrips() throws {
        let unsignedValues: [UInt64] = [0, 1, 63, 64, 127, 128, 16_383, 16_384, 0xFFFF_FFFF, 1 << 32, UInt64.max]
        for value in unsignedValues {
            var w = BinaryWriter()
            w.writeU64(value)
            var r = BinaryReader(w.bytes)
            #expect(try r.readU64() == value)
            #expect(r.isAtEnd)
        }
        let signedValues: [Int64] = [0, 1, -1, 63, 64, -64, -65, 8191, -8192, Int64(Int32.min), Int64.max, Int64.min]
        for value in signedValues {
            var w = BinaryWriter()
            w.writeS64(value)
            var r = BinaryReader(w.bytes)
            #expect(try r.readS64() == value)
            #expect(r.isAtEnd)
        }
    }

    @Test func namesAndVectors() throws {
        var r = BinaryReader([0x02, 0xC3, 0xA9])
        #expect(try r.readName() == "é")
        // Overlong encoding of "/" and an unpaired surrogate are not UTF-8.
        var overlong = BinaryReader([0x02, 0xC0, 0xAF])
        #expect(throws: WasmError.malformed("malformed UTF-8 encoding", offset: 1)) { try overlong.readName() }
        var surrogate = BinaryReader([0x03, 0xED, 0xA0, 0x80])
        #expect(throws: WasmError.malformed("malformed UTF-8 encoding", offset: 1)) { try surrogate.readName() }
        var long = BinaryReader([0x05, 0x61])
        #expect(throws: WasmError.malformed("length out of bounds", offset: 0)) { try long.readName() }
        // A vector count beyond the remaining bytes fails before any allocation.
        var vector = BinaryReader([0xFF, 0xFF, 0xFF, 0xFF, 0x0F, 0x00])
        #expect(throws: WasmError.self) { try vector.readVectorCount() }
    }
}
