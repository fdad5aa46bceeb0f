#include "cli/CredentialCommand.h"

#include "backend/core/Wipe.h"
#include "backend/secrets/Keychain.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace fc::cli {

int runCredential(const QStringList &args, QTextStream &out, QTextStream &err)
{
    if (args.size() != 2 || args[0] != u"--keychain") {
        err << "usage: fedconsole-cli credential --keychain KEY\n"
               "  prints an ExecCredential with the token stored under KEY in the desktop keychain\n";
        return 1;
    }
    QString apiVersion = QStringLiteral("client.authentication.k8s.io/v1");
    const QJsonObject info = QJsonDocument::fromJson(qgetenv("KUBERNETES_EXEC_INFO")).object();
    if (const QString asked = info.value(QLatin1String("apiVersion")).toString(); !asked.isEmpty())
        apiVersion = asked;

    Keychain keychain(QStringLiteral("FedConsole"));
    QEventLoop loop;
    Result<QByteArray> token = makeError(QStringLiteral("the keychain did not answer in 30 s"));
    keychain.readSecret(args[1], &loop, [&](Result<QByteArray> r) {
        token = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(30000, &loop, &QEventLoop::quit);
    loop.exec();
    if (!token) {
        err << "fedconsole-cli credential: cannot read " << args[1] << " from the keychain: " << token.error().message << "\n";
        return 2;
    }
    QJsonObject status{{QStringLiteral("token"), QString::fromUtf8(token.value())}};
    const QJsonObject credential{{QStringLiteral("apiVersion"), apiVersion},
                                 {QStringLiteral("kind"), QStringLiteral("ExecCredential")},
                                 {QStringLiteral("status"), status}};
    QByteArray json = QJsonDocument(credential).toJson(QJsonDocument::Compact);
    out << json << "\n";
    out.flush();
    wipe(json);
    wipe(token.value());
    return 0;
}

} // namespace fc::cli
