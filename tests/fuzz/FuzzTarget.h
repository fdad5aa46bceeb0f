#pragma once

// Every fuzz target defines LLVMFuzzerTestOneInput. Built two ways (tests/fuzz/fuzz.cmake):
// with clang's libFuzzer (-fsanitize=fuzzer,address,undefined) by bench/fuzz.sh, and with the
// standalone driver (StandaloneDriver.cpp) in the normal build, where ctest runs each target
// over its seed corpus and every crash input found so far (tests/fuzz/regressions/<target>/).

#include <QByteArray>
#include <QCoreApplication>

#include <cstddef>
#include <cstdint>

namespace fc::fuzz {
/// The input as Qt bytes (deep copy: a target may keep it).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
/// Some parsers use Qt types that want an application object (QSslKey, QDateTime's zones).
inline void ensureApp()
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = {name, nullptr};
    static QCoreApplication *app = QCoreApplication::instance() ? nullptr : new QCoreApplication(argc, argv);
    (void)app;
}
} // namespace fc::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);
