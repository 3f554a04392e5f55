import Testing
import TesseraTypes
import TesseraBinary
import TesseraText

/// Symbolic ids, index spaces, abbreviations and the text-level errors.
struct NameResolutionTests {
    func code(_ module: WasmModule, _ index: Int = 0) -> [UInt8] {
        Array(module.codes[index].code)
    }

    func malformed(_ text: String) -> String? {
        do {
            _ = try parseWatModule(text)
            return nil
        } catch {
            return error.kind == .malformed ? error.message : "not malformed: \(error)"
        }
    }

    @Test func importsComeFirstInEachIndexSpace() throws {
        let m = try parseWatModule("""
            (module (func $a (import "m" "a")) (tag $t) (tag $u (import "m" "u")) (func $b)
              (func (call $b) (call $a) (throw $t) (throw $u)))
            """)
        #expect(m.imports.count == 2)
        // call 1, call 0, throw 1 (the defined tag follows the imported one), throw 0.
        #expect(code(m, 1) == [0x10, 0x01, 0x10, 0x00, 0x08, 0x01, 0x08, 0x00, 0x0B])
    }

    @Test func inlineTypesAreReusedOrAppended() throws {
        let m = try parseWatModule("""
            (module (func (param i32)) (type $t (func (param i32))) (func (result f64) (f64.const 0))
              (func (block (param i32) (result i32 i32) (unreachable)) (unreachable)))
            """)
        // $t is reused; (result f64), (func) and the block's (param i32) (result i32 i32) are appended in order.
        #expect(m.functions == [0, 1, 2])
        #expect(m.types.count == 4)
        #expect(m.types[3].composite == .function(FunctionType(parameters: [.i32], results: [.i32, .i32])))
        #expect(Array(m.codes[2].code.prefix(3)) == [0x02, 0x03, 0x00])
    }

    @Test func localsLabelsAndShadowing() throws {
        let m = try parseWatModule("""
            (module (func (param $x i32) (local $y i64)
              (block $l (block $l (br $l)) (br $l)) (local.set $y (i64.extend_i32_u (local.get $x)))))
            """)
        #expect(code(m) == [
            0x01, 0x01, 0x7E, 0x02, 0x40, 0x02, 0x40, 0x0C, 0x00, 0x0B, 0x0C, 0x00, 0x0B, 0x20, 0x00, 0xAD, 0x21,
            0x01, 0x0B,
        ].dropFirst(3).map { $0 })
        #expect(m.codes[0].localRuns == [LocalRun(count: 1, type: .i64)])
    }

    @Test func foldedIfAndLabelsOnEnd() throws {
        let m = try parseWatModule("""
            (module (func (result i32) (if $c (result i32) (i32.const 1) (then (i32.const 2)) (else (i32.const 3))))
              (func i32.const 0 if $a else $a end $a))
            """)
        #expect(code(m) == [0x41, 0x01, 0x04, 0x7F, 0x41, 0x02, 0x05, 0x41, 0x03, 0x0B, 0x0B])
        #expect(code(m, 1) == [0x41, 0x00, 0x04, 0x40, 0x05, 0x0B, 0x0B])
    }

    @Test func tableAndMemoryAbbreviations() throws {
        let m = try parseWatModule("""
            (module (func $f) (table $t (export "t") funcref (elem $f $f)) (memory i64 (data "abc")))
            """)
        #expect(m.tables[0].type.limits == Limits(min: 2, max: 2))
        #expect(m.elements.count == 1)
        #expect(m.memories[0].limits == Limits(min: 1, max: 1, is64: true))
        #expect(m.data[0].mode == .active(index: 0, offset: ConstExpression([.i64Const(0)])))
        #expect(m.exports == [Export(name: "t", kind: .table, index: 0)])
    }

    @Test func numericIndicesPassThroughToValidation() throws {
        let m = try parseWatModule("(module (func (call 7) (local.get 3) drop))")
        #expect(code(m) == [0x10, 0x07, 0x20, 0x03, 0x1A, 0x0B])
    }

    @Test func textErrors() {
        #expect(malformed("(func (call $nope))") == "unknown function $nope")
        #expect(malformed("(func $f) (func $f)") == "duplicate func")
        #expect(malformed("(func (param $x i32) (local $x i32))") == "duplicate local")
        #expect(malformed("(func) (import \"\" \"\" (func))") == "import after function")
        #expect(malformed("(type $t (func)) (func (type $t) (param i32))") == "inline function type")
        #expect(malformed("(func block $a end $b)") == "mismatching label")
        #expect(malformed("(func (result i32) (param i32) (i32.const 0))") == "unexpected token")
        #expect(malformed("(func (i32.const0))") == "unknown operator i32.const0")
        #expect(malformed("(func (drop (i32.const 0x1_0000_0000)))") == "constant out of range")
        #expect(malformed("(memory 1) (func (drop (i32.load align=3 (i32.const 0))))")?.hasPrefix("alignment") == true)
        #expect(malformed("(func (v128.const i32x4 1 2 3) drop)") == "wrong number of lane literals")
        #expect(malformed("(start 0) (start 0)") == "multiple start sections")
        #expect(malformed("(func (export \"\\ff\"))") == "malformed UTF-8 encoding")
    }
}

/// Nesting costs no stack, flat or folded.
struct NestingTests {
    @Test func deepFlatBlocks() throws {
        let n = 50_000
        let text = "(module (func " + String(repeating: "block ", count: n) + String(repeating: "end ", count: n) + "))"
        let module = try parseWatModule(text)
        #expect(module.codes[0].code.count == 3 * n + 1)
    }

    @Test func deepFoldedInstructions() throws {
        let n = 50_000
        let text = "(module (func (result i32) " + String(repeating: "(i32.eqz ", count: n) + "(i32.const 0)"
            + String(repeating: ")", count: n) + "))"
        let module = try parseWatModule(text)
        #expect(module.codes[0].code.count == n + 3)
    }
}
