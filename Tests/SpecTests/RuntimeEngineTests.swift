import Testing
import TesseraSpecTest

/// The executing engine on tiny inline scripts.
@Suite("RuntimeSpecEngine")
struct RuntimeEngineTests {
    static let script = """
        (module
          (import "spectest" "print_i32" (func $print (param i32)))
          (import "spectest" "global_i32" (global $g i32))
          (func (export "add") (param i32 i32) (result i32) (local.get 0) (local.get 1) (i32.add))
          (func (export "div") (param i32 i32) (result i32) (local.get 0) (local.get 1) (i32.div_s))
          (func (export "print") (call $print (global.get $g)))
          (global (export "g") i32 (global.get $g)))
        (assert_return (invoke "add" (i32.const 2) (i32.const 3)) (i32.const 5))
        (assert_return (invoke "add" (i32.const -1) (i32.const 1)) (i32.const 0))
        (assert_trap (invoke "div" (i32.const 1) (i32.const 0)) "integer divide by zero")
        (invoke "print")
        (assert_return (get "g") (i32.const 666))
        (register "m")
        (module (import "m" "add" (func (param i32 i32) (result i32))))
        (assert_unlinkable (module (import "m" "nope" (func))) "unknown import")
        """

    @Test func executesAnInlineScript() {
        let report = SpecRunner().run(source: Self.script, file: "inline.wast")
        #expect(report.failures.isEmpty)
        #expect(report.skipped.isEmpty)
        #expect(report.passed == [
            "module": 2, "assert_return": 3, "assert_trap": 1, "invoke": 1, "register": 1, "assert_unlinkable": 1,
        ])
    }

    static let valuesScript = """
        (module
          (import "spectest" "global_f32" (global $f f32))
          (import "spectest" "memory" (memory 1 2))
          (import "spectest" "table" (table 10 funcref))
          (func (export "id-ext") (param externref) (result externref) (local.get 0))
          (func (export "id-func") (param funcref) (result funcref) (local.get 0))
          (func (export "self") (result funcref) (ref.func 0))
          (func (export "null-any") (result anyref) (ref.null any))
          (func (export "f") (result f32) (global.get $f))
          (func (export "nan") (result f32 f64) (f32.const nan:0x600000) (f64.const -nan))
          (func (export "size") (result i32) (memory.size))
          (func (export "table") (result i32) (table.size))
          (func (export "pick") (param i32) (result i32) (local.get 0))
          (func $loop (export "loop") (call $loop)))
        (assert_return (invoke "id-ext" (ref.extern 7)) (ref.extern 7))
        (assert_return (invoke "id-ext" (ref.null extern)) (ref.null extern))
        (assert_return (invoke "id-func" (ref.null func)) (ref.null))
        (assert_return (invoke "self") (ref.func))
        (assert_return (invoke "null-any") (ref.null any))
        (assert_return (invoke "f") (f32.const 666.6))
        (assert_return (invoke "nan") (f32.const nan:arithmetic) (f64.const nan:canonical))
        (assert_return (invoke "size") (i32.const 1))
        (assert_return (invoke "table") (i32.const 10))
        (assert_return (invoke "pick" (i32.const 2)) (either (i32.const 1) (i32.const 2)))
        (assert_exhaustion (invoke "loop") "call stack exhausted")
        (assert_trap (module (func $start unreachable) (start $start)) "unreachable")
        (module definition $d (func (export "two") (result i32) (i32.const 2)))
        (module instance $i $d)
        (assert_return (invoke $i "two") (i32.const 2))
        """

    @Test func valuesOfEveryKindCrossTheBoundary() {
        let report = SpecRunner().run(source: Self.valuesScript, file: "values.wast")
        #expect(report.failureLines == [])
        #expect(report.skipped.isEmpty)
        #expect(report.passed["assert_return"] == 11)
        #expect(report.passed["assert_exhaustion"] == 1)
        #expect(report.passed["assert_trap"] == 1)
    }

    static let simdScript = """
        (module
          (func (export "id") (param v128) (result v128) (local.get 0))
          (func (export "pair") (param v128 i32) (result i32 v128) (local.get 1) (local.get 0)))
        (assert_return (invoke "id" (v128.const i32x4 1 2 3 4)) (v128.const i32x4 1 2 3 4))
        (assert_return (invoke "id" (v128.const f32x4 nan 1 -nan 0)) (v128.const f32x4 nan:canonical 1 nan:arithmetic 0))
        (assert_return (invoke "pair" (v128.const i64x2 -1 5) (i32.const 9)) (i32.const 9) (v128.const i16x8 -1 -1 -1 -1 5 0 0 0))
        """

    @Test func v128ArgumentsAndResults() {
        let report = SpecRunner().run(source: Self.simdScript, file: "simd.wast")
        #expect(report.failureLines == [])
        #expect(report.passed["assert_return"] == 3)
    }

    @Test func gcInstructionsAreSkippedOnlyInGCFiles() {
        let script = """
            (module
              (type $s (struct (field i32)))
              (func (export "make") (result i32) (drop (struct.new $s (i32.const 1))) (i32.const 1)))
            (assert_return (invoke "make") (i32.const 1))
            """
        let gc = SpecRunner().run(source: script, file: "gc.wast", gcFile: true)
        let plain = SpecRunner().run(source: script, file: "plain.wast")
        #expect(gc.skipped == ["assert_return": 1])
        #expect(plain.failed == ["assert_return": 1])
    }
}
