import Testing
import TesseraSpecTest

/// The executing engine on a tiny inline script.
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
        let report = SpecRunner(engine: { RuntimeSpecEngine() }).run(source: Self.script, file: "inline.wast")
        #expect(report.failures.isEmpty)
        #expect(report.skipped.isEmpty)
        #expect(report.passed == [
            "module": 2, "assert_return": 3, "assert_trap": 1, "invoke": 1, "register": 1, "assert_unlinkable": 1,
        ])
    }
}
