import XCTest
@testable import TesseraPlugin

final class ExtismMemoryTests: XCTestCase {
    /// Handle numbers match the reference kernel (probe results: input "abc" at 77, then 92, 105, 217).
    func testHandlesMatchReferenceKernel() throws {
        let memory = ExtismMemory()
        memory.reset()
        let input = try memory.allocate(Array("abc".utf8))
        memory.setRange(ExtismMemory.inputOffsetField, input, 3)
        XCTAssertEqual(input, 77)
        let a = try memory.alloc(1), b = try memory.alloc(100)
        XCTAssertEqual([a, b], [92, 105])
        XCTAssertEqual(try memory.length(b), 100)
        XCTAssertEqual(try memory.length(b + 1), 0)
        XCTAssertEqual(try memory.lengthUnsafe(b + 1), 0)
        XCTAssertEqual(try memory.alloc(0), 0)
        try memory.release(b)
        XCTAssertEqual(try memory.length(b), 0)
        XCTAssertEqual(try memory.alloc(50), 217)
    }

    /// The allocation sequence of the reference kernel's own regression test (reuse and splitting).
    func testReuseAndSplitSequence() throws {
        let m = ExtismMemory()
        m.reset()
        XCTAssertEqual(try m.alloc(1065), 77)
        XCTAssertEqual(try m.alloc(288), 1154)
        XCTAssertEqual(try m.alloc(128), 1454)
        try m.release(1454)
        XCTAssertEqual(try m.alloc(213), 1594)
        XCTAssertEqual(try m.alloc(511), 1819)
        XCTAssertEqual(try m.alloc(13), 2342)
        XCTAssertEqual(try m.loadU64(1 << 30), 0)
        XCTAssertEqual(try m.loadU8(3), 0)
    }

    /// Out-of-region input loads return 0; the root cannot be touched below address 64.
    func testInputLoadsOutOfRange() throws {
        let m = ExtismMemory()
        m.reset()
        let h = try m.allocate(Array("abcdef".utf8))
        m.setRange(ExtismMemory.inputOffsetField, h, 6)
        XCTAssertEqual(try m.inputLoadU8(5), UInt8(ascii: "f"))
        XCTAssertEqual(try m.inputLoadU8(6), 0)
        XCTAssertEqual(try m.inputLoadU64(2), 0)
        // Like the kernel: the bounds check wraps, and the address is the low 32 bits of offset + input.
        XCTAssertEqual(try m.inputLoadU64(UInt64.max - 2), try m.loadU64(h - 3))
    }
}
