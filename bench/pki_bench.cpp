// Benchmark: certificates issued per second, key generation included (ECDSA P-256, RSA 2048),
// by the PKI backend vs a loop of the openssl CLI (req -new + x509 -req per certificate)
// measured in the same run. Every issued certificate and key is encoded to PEM as an export would.
//
// Rows per key type:
//   one at a time   CertificateAuthority::issue in a loop (CLI `cert issue`, dialogs): one
//                   certificate after another, each RSA key's prime search shared by two threads
//   batch           CertificateAuthority::issueAll over QThread::idealThreadCount() threads, one
//                   key per thread (the federation wizard's path: a batch of parties)
// The openssl loop uses one core; both FedConsole rows use all of them.
//   OpenSSL keygen  (RSA only) issueForKey with a key from EVP_RSA_gen, OpenSSL 3's default
//                   SP 800-56B generator, to show what the B.3.3 generator in RsaKeyGeneration saves
// Usage: pki_bench [rsa-scale]   (rsa-scale multiplies the RSA sample counts; default 1)

#include "backend/pki/CertificateAuthority.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <cstdlib>

using namespace fc::pki;

namespace {

LeafRequest request(int i, KeyType type)
{
    LeafRequest r;
    r.subject.commonName = QStringLiteral("site-%1.bench.example").arg(i);
    r.sans.dns = {r.subject.commonName};
    r.usage = LeafUsage::ServerAndClient;
    r.keyType = type;
    return r;
}

bool exportPem(const fc::Result<IssuedCertificate> &issued)
{
    if (!issued) {
        std::fprintf(stderr, "issue failed: %s\n", qPrintable(issued.error().toString()));
        return false;
    }
    return !issued->certificate.toPem().isEmpty() && !issued->key.toPem().value().isEmpty();
}

double oneAtATime(const CertificateAuthority &ca, KeyType type, int n)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        if (!exportPem(ca.issue(request(i, type))))
            return -1;
    }
    return n / (double(t.nsecsElapsed()) / 1e9);
}

double batch(const CertificateAuthority &ca, KeyType type, int n)
{
    QList<LeafRequest> requests;
    for (int i = 0; i < n; ++i)
        requests << request(i, type);
    QElapsedTimer t;
    t.start();
    const auto results = ca.issueAll(requests);
    for (const auto &r : results) {
        if (!exportPem(r))
            return -1;
    }
    return n / (double(t.nsecsElapsed()) / 1e9);
}

double opensslDefaultKeygen(const CertificateAuthority &ca, int n)
{
    QElapsedTimer t;
    t.start();
    for (int i = 0; i < n; ++i) {
        PrivateKey key(PKeyPtr(EVP_RSA_gen(2048)));
        if (key.isNull() || !exportPem(ca.issueForKey(request(i, KeyType::Rsa2048), key)))
            return -1;
    }
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

QByteArray loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? f.readAll().trimmed() : QByteArray("?");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int scale = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1;
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

    std::printf("threads for the batch: %d; load average at start: %s\n", QThread::idealThreadCount(), loadAverage().constData());
    // RSA timings vary with how far each prime search runs: the samples are large, the CLI loop
    // runs between our rows so that a change in machine load hits both sides
    const double ecOne = oneAtATime(*ca, KeyType::EcP256, 500), ecBatch = batch(*ca, KeyType::EcP256, 1000);
    const double ecCli = cli(dir.path(), false, 40);
    const double rsaOne = oneAtATime(*ca, KeyType::Rsa2048, 40 * scale);
    const double rsaCli1 = cli(dir.path(), true, 15 * scale);
    const double rsaBatch = batch(*ca, KeyType::Rsa2048, 80 * scale);
    const double rsaCli2 = cli(dir.path(), true, 15 * scale);
    const double rsaDefault = opensslDefaultKeygen(*ca, 20 * scale);
    if (ecOne < 0 || ecBatch < 0 || ecCli < 0 || rsaOne < 0 || rsaCli1 < 0 || rsaBatch < 0 || rsaCli2 < 0 || rsaDefault < 0)
        return 2;
    const double rsaCli = 2.0 / (1.0 / rsaCli1 + 1.0 / rsaCli2); // 30 certificates over both runs
    std::printf("load average at end: %s\n\n", loadAverage().constData());
    std::printf("| key type | FedConsole | certs/s | openssl CLI loop certs/s | ratio (goal ≥ 5×) |\n|---|---|---|---|---|\n");
    std::printf("| ECDSA P-256 | one at a time | %.0f | %.1f | %.1f× |\n", ecOne, ecCli, ecOne / ecCli);
    std::printf("| ECDSA P-256 | batch | %.0f | %.1f | %.1f× |\n", ecBatch, ecCli, ecBatch / ecCli);
    std::printf("| RSA 2048 | one at a time | %.1f | %.2f | %.1f× |\n", rsaOne, rsaCli, rsaOne / rsaCli);
    std::printf("| RSA 2048 | batch | %.1f | %.2f | %.1f× |\n", rsaBatch, rsaCli, rsaBatch / rsaCli);
    std::printf("| RSA 2048 | one at a time, OpenSSL's default keygen | %.1f | %.2f | %.1f× |\n", rsaDefault, rsaCli,
                rsaDefault / rsaCli);
    std::printf("\nopenssl CLI RSA loop: %.2f then %.2f certs/s (before and after the batch row)\n", rsaCli1, rsaCli2);
    return 0;
}
