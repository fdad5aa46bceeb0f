#pragma once

#include "backend/cluster/YamlCodec.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc::editors {

/// One line of a line diff: kept, removed (only in the old text) or added (only in the new).
struct DiffLine {
    enum class Op { Keep, Remove, Add } op = Op::Keep;
    QString text;
    int oldLine = 0; ///< 1-based, 0 for added lines
    int newLine = 0; ///< 1-based, 0 for removed lines
};

/// Myers' O((N+M)·D) line diff of two texts (the YAML diff views: live vs edited, the release's
/// rendered objects vs the cluster's).
QList<DiffLine> diffLines(const QStringList &oldLines, const QStringList &newLines);
/// The diff as unified-diff hunks with `context` lines around each change ("@@ -a,b +c,d @@").
QString unifiedDiff(const QList<DiffLine> &diff, int context = 3);
/// Two objects emitted as YAML with the same options, then diffed: only real changes show. An
/// empty object is empty text (not "{}"), so "nothing" → "something" reads as all added.
QString unifiedYamlDiff(const QJsonObject &before, const QJsonObject &after, const yaml::EmitOptions &options = {}, int context = 3);
/// The same with the "before" side already written as YAML (an editor keeps the live object's
/// YAML while it does not change: emitting 1 MB takes ~200 ms).
QString unifiedYamlDiff(const QString &beforeYaml, const QJsonObject &after, const yaml::EmitOptions &options = {}, int context = 3);

} // namespace fc::editors
