import Testing
import TesseraRuntime

@Suite struct ControlTests {
    let instance: Instance

    init() throws {
        instance = try instantiate("""
        (module
          (type $binop (func (param i32 i32) (result i32)))
          (table 2 funcref)
          (elem (i32.const 0) $sub $mul)
          (func $sub (type $binop) (i32.sub (local.get 0) (local.get 1)))
          (func $mul (type $binop) (i32.mul (local.get 0) (local.get 1)))
          (func $fib (export "fib") (param i32) (result i32)
            (if (result i32) (i32.lt_s (local.get 0) (i32.const 2))
              (then (local.get 0))
              (else (i32.add (call $fib (i32.sub (local.get 0) (i32.const 1)))
                             (call $fib (i32.sub (local.get 0) (i32.const 2)))))))
          (func (export "sum") (param i32) (result i64) (local i64)
            (block $done
              (loop $next
                (br_if $done (i32.eqz (local.get 0)))
                (local.set 1 (i64.add (local.get 1) (i64.extend_i32_u (local.get 0))))
                (local.set 0 (i32.sub (local.get 0) (i32.const 1)))
                (br $next)))
            (local.get 1))
          (func (export "switch") (param i32) (result i32)
            (block $c (block $b (block $a
              (br_table $a $b $c (local.get 0)))
              (return (i32.const 10)))
              (return (i32.const 20)))
            (i32.const 30))
          (func (export "apply") (param i32 i32 i32) (result i32)
            (call_indirect (type $binop) (local.get 1) (local.get 2) (local.get 0)))
          (func (export "swap") (param i32 i32) (result i32 i32) (local.get 1) (local.get 0))
          (func (export "select") (param i32) (result i32) (select (i32.const 1) (i32.const 2) (local.get 0)))
          (func (export "tee") (param i32) (result i32) (local i32)
            (i32.add (local.tee 1 (i32.mul (local.get 0) (i32.const 3))) (local.get 1)))
          (func (export "overwrite") (param i32) (result i32)
            ;; the first operand must see the old value of the local
            (local.get 0) (local.set 0 (i32.const 100)) (local.get 0) (i32.sub))
          (func (export "count") (param i32) (result i32) (local i32)
            (loop $l
              (local.set 1 (i32.add (local.get 1) (i32.const 1)))
              (br_if $l (i32.lt_u (local.get 1) (local.get 0))))
            (local.get 1))
          (func $down (export "tail") (param i32) (result i32)
            (if (result i32) (i32.eqz (local.get 0)) (then (i32.const 42))
              (else (return_call $down (i32.sub (local.get 0) (i32.const 1))))))
          (func (export "boom") (unreachable)))
        """)
    }

    @Test func recursionAndLoops() throws {
        #expect(try instance.call("fib", .i32(20)) == [.i32(6765)])
        #expect(try instance.call("sum", .i32(100_000)) == [.i64(5_000_050_000)])
        #expect(try instance.call("count", .i32(1000)) == [.i32(1000)])
        #expect(try instance.call("tail", .i32(1_000_000)) == [.i32(42)])
    }

    @Test func branchesAndValues() throws {
        #expect(try instance.call("switch", .i32(0)) == [.i32(10)])
        #expect(try instance.call("switch", .i32(1)) == [.i32(20)])
        #expect(try instance.call("switch", .i32(7)) == [.i32(30)])
        #expect(try instance.call("swap", .i32(1), .i32(2)) == [.i32(2), .i32(1)])
        #expect(try instance.call("select", .i32(0)) == [.i32(2)])
        #expect(try instance.call("tee", .i32(5)) == [.i32(30)])
        #expect(try instance.call("overwrite", .i32(5)) == [.i32(-95)])
    }

    @Test func indirectCalls() throws {
        #expect(try instance.call("apply", .i32(0), .i32(9), .i32(4)) == [.i32(5)])
        #expect(try instance.call("apply", .i32(1), .i32(9), .i32(4)) == [.i32(36)])
        #expect(wasmError { _ = try instance.call("apply", .i32(2), .i32(0), .i32(0)) }?.message == "undefined element")
        #expect(wasmError { _ = try instance.call("boom") }?.message == "unreachable")
    }
}
