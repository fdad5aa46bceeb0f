// The line diff behind the YAML diff views.
#include "model/editors/TextDiff.h"

#include <QRandomGenerator>
#include <QTest>

using namespace fc::editors;

namespace {

QStringList side(const QList<DiffLine> &diff, bool old)
{
    QStringList out;
    for (const DiffLine &l : diff)
        if (l.op == DiffLine::Op::Keep || (old ? l.op == DiffLine::Op::Remove : l.op == DiffLine::Op::Add))
            out << l.text;
    return out;
}

int edits(const QList<DiffLine> &diff)
{
    return int(std::count_if(diff.cbegin(), diff.cend(), [](const DiffLine &l) { return l.op != DiffLine::Op::Keep; }));
}

} // namespace

class TestTextDiff : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void small()
    {
        const QStringList a{"apiVersion: v1", "data:", "  a: 1", "  b: 2", "kind: ConfigMap"};
        const QStringList b{"apiVersion: v1", "data:", "  a: 1", "  b: 3", "  c: 4", "kind: ConfigMap"};
        const auto d = diffLines(a, b);
        QCOMPARE(side(d, true), a);
        QCOMPARE(side(d, false), b);
        QCOMPARE(edits(d), 3); // -b: 2, +b: 3, +c: 4
        const QString u = unifiedDiff(d, 1);
        QVERIFY2(u.startsWith(QStringLiteral("@@ -3,3 +3,4 @@\n")), qPrintable(u));
        QVERIFY(u.contains(QStringLiteral("-  b: 2\n+  b: 3\n+  c: 4\n")));
        QVERIFY(unifiedDiff(diffLines(a, a)).isEmpty());
    }

    void empties()
    {
        QCOMPARE(edits(diffLines({}, {"x"})), 1);
        QCOMPARE(edits(diffLines({"x"}, {})), 1);
        QVERIFY(diffLines({}, {}).isEmpty());
    }

    // random edits of a 5,000-line text: both sides come back, and the edit count is minimal
    // for single-line changes
    void randomEdits()
    {
        QRandomGenerator rng(42);
        QStringList a;
        for (int i = 0; i < 5000; ++i)
            a << QStringLiteral("  key-%1: value %2").arg(i).arg(rng.bounded(100));
        for (int round = 0; round < 20; ++round) {
            QStringList b = a;
            const int changes = int(rng.bounded(30));
            for (int c = 0; c < changes; ++c) {
                const int at = int(rng.bounded(quint32(b.size())));
                switch (rng.bounded(3)) {
                case 0: b.removeAt(at); break;
                case 1: b.insert(at, QStringLiteral("new %1").arg(c)); break;
                default: b[at] = QStringLiteral("changed %1").arg(c);
                }
            }
            const auto d = diffLines(a, b);
            QCOMPARE(side(d, true), a);
            QCOMPARE(side(d, false), b);
            QVERIFY(edits(d) <= 2 * changes);
        }
    }

    // far apart texts fall back to remove-all/add-all instead of quadratic memory
    void hugeDifference()
    {
        QStringList a, b;
        for (int i = 0; i < 6000; ++i) {
            a << QStringLiteral("a%1").arg(i);
            b << QStringLiteral("b%1").arg(i);
        }
        const auto d = diffLines(a, b);
        QCOMPARE(side(d, true), a);
        QCOMPARE(side(d, false), b);
    }
};

QTEST_GUILESS_MAIN(TestTextDiff)
#include "tst_textdiff.moc"
