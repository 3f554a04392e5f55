import Testing
import TesseraTypes
import TesseraText

/// The script format: directives, values and expected results.
struct WastParserTests {
    @Test func directives() throws {
        let script = try parseWast("""
            (module $m (func (export "f") (param i32) (result i32) local.get 0))
            (register "m" $m)
            (assert_return (invoke $m "f" (i32.const -1)) (i32.const 0xffffffff))
            (assert_return (invoke "g") (f32.const nan:canonical) (v128.const f64x2 nan:arithmetic 1.0) (ref.null))
            (assert_trap (invoke "f" (i64.const 1)) "unreachable")
            (assert_malformed (module quote "(func" "(nop)") "unexpected")
            (assert_invalid (module binary "\\00asm" "\\01\\00\\00\\00") "x")
            (module definition $d (func))
            (module instance $i $d)
            (assert_return (get "g") (either (ref.extern 1) (ref.func)))
            """)
        #expect(script.directives.map(\.line) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10])
        #expect(script.directives.map(\.kind.name) == [
            "module", "register", "assert_return", "assert_return", "assert_trap", "assert_malformed",
            "assert_invalid", "module", "module", "assert_return",
        ])
        guard case .assertReturn(.invoke(let module, "f", let args), let results) = script.directives[2].kind else {
            Issue.record("not an invoke")
            return
        }
        #expect(module == "m")
        #expect(args == [.i32(0xFFFF_FFFF)])
        #expect(results == [.value(.i32(0xFFFF_FFFF))])
        guard case .assertReturn(_, let patterns) = script.directives[3].kind else { return }
        #expect(patterns == [
            .f32NaN(.canonical), .v128Lanes([.f64NaN(.arithmetic), .f64(0x3FF0_0000_0000_0000)]), .anyNull,
        ])
        guard case .assertMalformed(let quoted, _) = script.directives[5].kind else { return }
        #expect(throws: WasmError.self) { try quoted.binary() }
        guard case .module(let definition) = script.directives[7].kind else { return }
        #expect(definition.isDefinition && definition.id == "d")
        #expect(try definition.binary().count > 8)
        guard case .assertInvalid(let binary, _) = script.directives[6].kind else { return }
        #expect(try binary.binary() == [0, 0x61, 0x73, 0x6D, 1, 0, 0, 0])
    }

    @Test func quotedTextWithInvalidUTF8IsKeptAsBytes() throws {
        let script = try parseWast(#"(assert_malformed (module quote "(@a \80)") "malformed UTF-8 encoding")"#)
        guard case .assertMalformed(let m, _) = script.directives[0].kind else { return }
        #expect(m.quoteBytes != nil)
        #expect(throws: WasmError.malformed("malformed UTF-8 encoding", offset: 4)) { try m.binary() }
    }

    @Test func scriptOfModuleFieldsIsOneModule() throws {
        let script = try parseWast("(func) (memory 0) (func (export \"f\"))")
        #expect(script.directives.count == 1)
        guard case .module(let m) = script.directives[0].kind else { return }
        #expect(try m.binary().count > 8)
    }
}
