// Benchmark: certificates issued per second, key generation included (ECDSA P-256, RSA 2048),
// by the PKI backend vs a loop of the openssl CLI (req -new + x509 -req per certificate)
// measured in the same run. Every issued certificate is written to PEM as an export would.

#include "backend/pki/CertificateAuthority.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>

using namespace fc::pki;

namespace {

double ours(const CertificateAuthority &ca, KeyType type, int n)
{
    QElapsedTimer t;
    t.start();
    qint64 bytes = 0;
    for (int i = 0; i < n; ++i) {
        LeafRequest r;
        r.subject.commonName = QStringLiteral("site-%1.bench.example").arg(i);
        r.sans.dns = {r.subject.commonName};
        r.usage = LeafUsage::ServerAndClient;
        r.keyType = type;
        auto issued = ca.issue(r);
        if (!issued) {
            std::fprintf(stderr, "issue failed: %s\n", qPrintable(issued.error().toString()));
            return -1;
        }
        bytes += issued->certificate.toPem().size() + issued->key.toPem().value().size();
    }
    Q_UNUSED(bytes);
    return n / (double(t.nsecsElapsed()) / 1e9);
}

bool openssl(const QStringList &args, const QString &dir)
{
    QProcess p;
    p.setWorkingDirectory(dir);
    p.start(QStringLiteral("openssl"), args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

double cli(const QString &dir, bool rsa, int n)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        const QString cn = QStringLiteral("/CN=site-%1.bench.example").arg(i);
        QStringList req{QStringLiteral("req"), QStringLiteral("-new"), QStringLiteral("-nodes"), QStringLiteral("-keyout"),
                        QStringLiteral("leaf.key"), QStringLiteral("-out"), QStringLiteral("leaf.csr"), QStringLiteral("-subj"), cn};
        if (rsa)
            req << QStringLiteral("-newkey") << QStringLiteral("rsa:2048");
        else
            req << QStringLiteral("-newkey") << QStringLiteral("ec") << QStringLiteral("-pkeyopt")
                << QStringLiteral("ec_paramgen_curve:P-256");
        if (!openssl(req, dir)
            || !openssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"), QStringLiteral("leaf.csr"),
                         QStringLiteral("-CA"), QStringLiteral("ca.crt"), QStringLiteral("-CAkey"), QStringLiteral("ca.key"),
                         QStringLiteral("-days"), QStringLiteral("365"), QStringLiteral("-out"), QStringLiteral("leaf.crt")},
                        dir)) {
            std::fprintf(stderr, "openssl failed\n");
            return -1;
        }
    }
    return n / (double(t.nsecsElapsed()) / 1e9);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    CaRequest caReq;
    caReq.subject.commonName = QStringLiteral("bench-root");
    caReq.keyType = KeyType::EcP256;
    auto ca = CertificateAuthority::createRoot(caReq);
    if (!ca) {
        std::fprintf(stderr, "%s\n", qPrintable(ca.error().toString()));
        return 2;
    }
    QFile crt(dir.filePath(QStringLiteral("ca.crt"))), key(dir.filePath(QStringLiteral("ca.key")));
    if (!crt.open(QIODevice::WriteOnly) || !key.open(QIODevice::WriteOnly))
        return 2;
    crt.write(ca->root().toPem());
    crt.close();
    key.write(ca->key().toPem().value());
    key.close();

    const double ecOurs = ours(*ca, KeyType::EcP256, 500), rsaOurs = ours(*ca, KeyType::Rsa2048, 40);
    const double ecCli = cli(dir.path(), false, 40), rsaCli = cli(dir.path(), true, 20);
    std::printf("| key type | FedConsole certs/s | openssl CLI loop certs/s | ratio (goal ≥ 5×) |\n|---|---|---|---|\n");
    std::printf("| ECDSA P-256 | %.0f | %.1f | %.1f× |\n", ecOurs, ecCli, ecOurs / ecCli);
    std::printf("| RSA 2048 | %.1f | %.1f | %.1f× |\n", rsaOurs, rsaCli, rsaOurs / rsaCli);
    return 0;
}
