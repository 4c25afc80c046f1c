# Probe: 150 async functions each awaiting the next (deep await chain written out).
import asyncio

async def f0():
    return await f1() + 1

async def f1():
    return await f2() + 1

async def f2():
    return await f3() + 1

async def f3():
    return await f4() + 1

async def f4():
    return await f5() + 1

async def f5():
    return await f6() + 1

async def f6():
    return await f7() + 1

async def f7():
    return await f8() + 1

async def f8():
    return await f9() + 1

async def f9():
    return await f10() + 1

async def f10():
    return await f11() + 1

async def f11():
    return await f12() + 1

async def f12():
    return await f13() + 1

async def f13():
    return await f14() + 1

async def f14():
    return await f15() + 1

async def f15():
    return await f16() + 1

async def f16():
    return await f17() + 1

async def f17():
    return await f18() + 1

async def f18():
    return await f19() + 1

async def f19():
    return await f20() + 1

async def f20():
    return await f21() + 1

async def f21():
    return await f22() + 1

async def f22():
    return await f23() + 1

async def f23():
    return await f24() + 1

async def f24():
    return await f25() + 1

async def f25():
    return await f26() + 1

async def f26():
    return await f27() + 1

async def f27():
    return await f28() + 1

async def f28():
    return await f29() + 1

async def f29():
    return await f30() + 1

async def f30():
    return await f31() + 1

async def f31():
    return await f32() + 1

async def f32():
    return await f33() + 1

async def f33():
    return await f34() + 1

async def f34():
    return await f35() + 1

async def f35():
    return await f36() + 1

async def f36():
    return await f37() + 1

async def f37():
    return await f38() + 1

async def f38():
    return await f39() + 1

async def f39():
    return await f40() + 1

async def f40():
    return await f41() + 1

async def f41():
    return await f42() + 1

async def f42():
    return await f43() + 1

async def f43():
    return await f44() + 1

async def f44():
    return await f45() + 1

async def f45():
    return await f46() + 1

async def f46():
    return await f47() + 1

async def f47():
    return await f48() + 1

async def f48():
    return await f49() + 1

async def f49():
    return await f50() + 1

async def f50():
    return await f51() + 1

async def f51():
    return await f52() + 1

async def f52():
    return await f53() + 1

async def f53():
    return await f54() + 1

async def f54():
    return await f55() + 1

async def f55():
    return await f56() + 1

async def f56():
    return await f57() + 1

async def f57():
    return await f58() + 1

async def f58():
    return await f59() + 1

async def f59():
    return await f60() + 1

async def f60():
    return await f61() + 1

async def f61():
    return await f62() + 1

async def f62():
    return await f63() + 1

async def f63():
    return await f64() + 1

async def f64():
    return await f65() + 1

async def f65():
    return await f66() + 1

async def f66():
    return await f67() + 1

async def f67():
    return await f68() + 1

async def f68():
    return await f69() + 1

async def f69():
    return await f70() + 1

async def f70():
    return await f71() + 1

async def f71():
    return await f72() + 1

async def f72():
    return await f73() + 1

async def f73():
    return await f74() + 1

async def f74():
    return await f75() + 1

async def f75():
    return await f76() + 1

async def f76():
    return await f77() + 1

async def f77():
    return await f78() + 1

async def f78():
    return await f79() + 1

async def f79():
    return await f80() + 1

async def f80():
    return await f81() + 1

async def f81():
    return await f82() + 1

async def f82():
    return await f83() + 1

async def f83():
    return await f84() + 1

async def f84():
    return await f85() + 1

async def f85():
    return await f86() + 1

async def f86():
    return await f87() + 1

async def f87():
    return await f88() + 1

async def f88():
    return await f89() + 1

async def f89():
    return await f90() + 1

async def f90():
    return await f91() + 1

async def f91():
    return await f92() + 1

async def f92():
    return await f93() + 1

async def f93():
    return await f94() + 1

async def f94():
    return await f95() + 1

async def f95():
    return await f96() + 1

async def f96():
    return await f97() + 1

async def f97():
    return await f98() + 1

async def f98():
    return await f99() + 1

async def f99():
    return await f100() + 1

async def f100():
    return await f101() + 1

async def f101():
    return await f102() + 1

async def f102():
    return await f103() + 1

async def f103():
    return await f104() + 1

async def f104():
    return await f105() + 1

async def f105():
    return await f106() + 1

async def f106():
    return await f107() + 1

async def f107():
    return await f108() + 1

async def f108():
    return await f109() + 1

async def f109():
    return await f110() + 1

async def f110():
    return await f111() + 1

async def f111():
    return await f112() + 1

async def f112():
    return await f113() + 1

async def f113():
    return await f114() + 1

async def f114():
    return await f115() + 1

async def f115():
    return await f116() + 1

async def f116():
    return await f117() + 1

async def f117():
    return await f118() + 1

async def f118():
    return await f119() + 1

async def f119():
    return await f120() + 1

async def f120():
    return await f121() + 1

async def f121():
    return await f122() + 1

async def f122():
    return await f123() + 1

async def f123():
    return await f124() + 1

async def f124():
    return await f125() + 1

async def f125():
    return await f126() + 1

async def f126():
    return await f127() + 1

async def f127():
    return await f128() + 1

async def f128():
    return await f129() + 1

async def f129():
    return await f130() + 1

async def f130():
    return await f131() + 1

async def f131():
    return await f132() + 1

async def f132():
    return await f133() + 1

async def f133():
    return await f134() + 1

async def f134():
    return await f135() + 1

async def f135():
    return await f136() + 1

async def f136():
    return await f137() + 1

async def f137():
    return await f138() + 1

async def f138():
    return await f139() + 1

async def f139():
    return await f140() + 1

async def f140():
    return await f141() + 1

async def f141():
    return await f142() + 1

async def f142():
    return await f143() + 1

async def f143():
    return await f144() + 1

async def f144():
    return await f145() + 1

async def f145():
    return await f146() + 1

async def f146():
    return await f147() + 1

async def f147():
    return await f148() + 1

async def f148():
    return await f149() + 1

async def f149():
    return await f150() + 1

async def f150():
    await asyncio.sleep(0)
    return 0

print(asyncio.run(f0()))
