#pragma once

#include <QList>
#include <QString>

#include <functional>

class QObject;

namespace fc {

/// One library the app is built with, and the version it runs with.
struct ComponentVersion {
    QString name;    ///< "Qt", "OpenSSL", "yaml-cpp", "simdjson", "QtKeychain"
    QString version; ///< as the library reports it at run time where it can ("3.0.15 3 Sep 2024")
};

/// FedConsole's own version (from CMake's project()).
QString appVersion();
/// The libraries, versions read at run time where the library tells it (Qt, OpenSSL), the
/// packaged version otherwise (yaml-cpp, simdjson, QtKeychain: from their CMake packages).
QList<ComponentVersion> componentVersions();
/// "fedconsole 0.1.0\nQt 6.4.2\nOpenSSL 3.0.15 …" — what --version prints.
QString versionReport(const QString &programName);

/// The version in a tool's `version` output: the first "vX.Y.Z…" / "X.Y.Z…" word
/// ("Client Version: v1.32.4" → "v1.32.4", "v3.21.4+g1d2a6f9" → "v3.21.4+g1d2a6f9"). Empty
/// when there is none.
QString versionInOutput(const QByteArray &output);

/// An external tool and what became of asking it its version.
struct ToolVersion {
    QString name;    ///< "helm", "kubectl"
    QString program; ///< the path found (a preference, else PATH); empty when not found
    QString version; ///< empty when it could not be read
    QString problem; ///< why not ("not found on PATH", "exited with 1: …")
};

/// Finds `name` (`configured` when set, else on PATH) and asks its version asynchronously
/// (`kubectl version --client`, `<name> version --short` otherwise; 10 s timeout); `done` gets the
/// result on `context`'s thread. Never blocks.
void probeToolVersion(const QString &name, const QString &configured, QObject *context,
                      std::function<void(const ToolVersion &)> done);

} // namespace fc
