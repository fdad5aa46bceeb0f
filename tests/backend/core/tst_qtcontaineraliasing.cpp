// A canary for the toolchain settings our code relies on (issue 10).
//
// Qt 6.4's containers reach their storage through QArrayDataPointer::operator->, which
// static_casts `this` to QArrayDataOps<T> — a derived class no object ever has. That cast is
// undefined behaviour, and GCC 12's type-based alias analysis (on with -O2's -fstrict-aliasing)
// uses it: when a QList inside a local object is reached through a pointer GCC computed (a
// pointer-to-member, or an address picked by a branch), GCC decides the list's size cannot be the
// memory the object's constructor just zeroed, and schedules the load of the size above the
// zeroing. The release build's SAN parser appended with a garbage size and corrupted the heap.
//
// CMakeLists.txt therefore compiles our code with -fno-strict-aliasing. This test is the shape of
// that miscompilation, reduced: it gives wrong counts (or crashes) at -O2 without the flag, and
// passes with it or at -O1. It runs in every preset; the release preset is the one that can fail.
#include <QStringList>
#include <QTest>

namespace {

struct Lists {
    QStringList a, b, c, d;
};

using Member = QStringList Lists::*;

// Not inlined into the test, so the optimiser sees the same shape as in a library function.
[[gnu::noinline]] qsizetype appendThroughMember(int which, bool fallbackToLast, const QString &value)
{
    const Member table[] = {&Lists::a, &Lists::b, &Lists::c, &Lists::d};
    Member member = nullptr;
    for (const Member m : table) {
        if (which-- == 0) {
            member = m;
            break;
        }
    }
    if (!member)
        member = fallbackToLast ? &Lists::d : &Lists::a;
    Lists local;
    (local.*member) << value;
    return (local.*member).size();
}

} // namespace

class TestQtContainerAliasing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void appendToListChosenAtRunTime()
    {
        const QString value = QStringLiteral("spiffe://fl.example/ns/site-1");
        for (int round = 0; round < 200; ++round) {
            for (int which = 0; which < 6; ++which)
                QCOMPARE(appendThroughMember(which, which % 2 == 1, value), qsizetype(1));
        }
    }
};

QTEST_GUILESS_MAIN(TestQtContainerAliasing)
#include "tst_qtcontaineraliasing.moc"
