#include "model/pki/CertificateInventory.h"

#include "backend/pki/CertificateAuthority.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSignalSpy>
#include <QTest>

using namespace fc;
using State = CertificateInventory::ExpiryState;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC);
}

class TestCertificateInventory : public QObject {
    Q_OBJECT
private:
    pki::CertificateAuthority m_root;
    pki::CertificateAuthority m_other;

    pki::Certificate leaf(const pki::CertificateAuthority &ca, const QString &cn, int days, const pki::Clock &clock)
    {
        pki::LeafRequest r;
        r.subject.commonName = cn;
        r.sans.dns = {cn};
        r.validityDays = days;
        return ca.issue(r, clock)->certificate;
    }

private Q_SLOTS:
    void initTestCase()
    {
        pki::FixedClock clock(kNow);
        pki::CaRequest r;
        r.subject.commonName = QStringLiteral("Inventory Root");
        m_root = std::move(pki::CertificateAuthority::createRoot(r, clock)).value();
        r.subject.commonName = QStringLiteral("Stranger");
        m_other = std::move(pki::CertificateAuthority::createRoot(r, clock)).value();
    }

    void columnsAndExpiry_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("advance");
        QTest::addColumn<int>("state");
        QTest::addColumn<QColor>("color");
        QTest::newRow("valid") << 365 << 0 << int(State::Valid) << QColor();
        QTest::newRow("amber-at-30-days") << 30 << 0 << int(State::ExpiringSoon) << QColor(0xFF, 0xBF, 0x00);
        QTest::newRow("amber-after-advance") << 100 << 80 << int(State::ExpiringSoon) << QColor(0xFF, 0xBF, 0x00);
        QTest::newRow("red-expired") << 10 << 11 << int(State::Expired) << QColor(Qt::red);
    }
    void columnsAndExpiry()
    {
        QFETCH(int, days);
        QFETCH(int, advance);
        QFETCH(int, state);
        QFETCH(QColor, color);
        pki::FixedClock clock(kNow);
        CertificateInventory model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCaCertificates({m_root.certificate()});
        model.setCertificates({leaf(m_root, QStringLiteral("svc.example.org"), days, clock)});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(CertificateInventory::ColumnCount));
        QCOMPARE(model.index(0, CertificateInventory::SubjectColumn).data().toString(), QStringLiteral("CN = svc.example.org"));
        QCOMPARE(model.index(0, CertificateInventory::IssuerColumn).data().toString(), QStringLiteral("CN = Inventory Root"));
        QCOMPARE(model.index(0, CertificateInventory::SansColumn).data().toString(), QStringLiteral("DNS:svc.example.org"));
        QCOMPARE(model.index(0, CertificateInventory::SerialColumn).data().toString().size(), 32);
        QCOMPARE(model.index(0, CertificateInventory::NotAfterColumn).data(CertificateInventory::SortRole).toDateTime(), kNow.addDays(days));

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        clock.advanceDays(advance);
        model.refresh();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, 0).data(CertificateInventory::ExpiryStateRole).toInt(), state);
        QCOMPARE(model.index(0, 0).data(CertificateInventory::ExpiryColorRole).value<QColor>(), color);
        QCOMPARE(model.index(0, CertificateInventory::StatusColumn).data(Qt::ForegroundRole).value<QColor>(), color);
        // and an icon, never colour alone
        const StatusLevel level = state == int(State::Valid)          ? StatusLevel::Ok
                                  : state == int(State::ExpiringSoon) ? StatusLevel::Progressing
                                                                      : StatusLevel::Failed;
        QCOMPARE(model.index(0, CertificateInventory::StatusColumn).data(StatusLevelRole).toInt(), int(level));
        QVERIFY(!model.index(0, CertificateInventory::SubjectColumn).data(StatusLevelRole).isValid());
        const QString status = model.index(0, CertificateInventory::StatusColumn).data().toString();
        if (state == int(State::Expired))
            QCOMPARE(status, QStringLiteral("expired"));
        else if (state == int(State::ExpiringSoon))
            QVERIFY2(status.startsWith(QLatin1String("expires in")), qPrintable(status));
        else
            QCOMPARE(status, QStringLiteral("valid"));
        // expired certificates also fail the chain check at that time
        QCOMPARE(model.index(0, 0).data(CertificateInventory::ChainVerifiedRole).toBool(), state != int(State::Expired));
    }

    void chainColumn()
    {
        pki::FixedClock clock(kNow);
        CertificateInventory model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCertificates({m_root.certificate(), leaf(m_root, QStringLiteral("a"), 90, clock), leaf(m_other, QStringLiteral("b"), 90, clock)});
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model.index(row, CertificateInventory::ChainColumn).data().toString(), QStringLiteral("not verified"));
        model.setCaCertificates({m_root.certificate()});
        QCOMPARE(model.index(0, CertificateInventory::ChainColumn).data().toString(), QStringLiteral("verified"));
        QVERIFY(model.index(0, 0).data(CertificateInventory::IsCaRole).toBool());
        QCOMPARE(model.index(1, CertificateInventory::ChainColumn).data().toString(), QStringLiteral("verified"));
        QCOMPARE(model.index(2, CertificateInventory::ChainColumn).data().toString(), QStringLiteral("not verified"));
        QVERIFY(!model.index(2, CertificateInventory::ChainColumn).data(Qt::ToolTipRole).toString().isEmpty());
    }

    void insertRemove()
    {
        pki::FixedClock clock(kNow);
        CertificateInventory model(clock);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.addCertificate(leaf(m_root, QStringLiteral("x"), 90, clock));
        model.addCertificate(leaf(m_root, QStringLiteral("y"), 90, clock));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        model.removeCertificate(0);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.certificateAt(0).subjectName().commonName, QStringLiteral("y"));
        model.removeCertificate(5); // ignored
        QCOMPARE(model.headerData(CertificateInventory::NotAfterColumn, Qt::Horizontal).toString(), QStringLiteral("Not after"));
    }
};

QTEST_GUILESS_MAIN(TestCertificateInventory)
#include "tst_certificateinventory.moc"
