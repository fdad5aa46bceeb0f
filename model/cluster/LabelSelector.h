#pragma once

#include "backend/cluster/Resources.h"
#include "backend/core/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

/// A Kubernetes label selector as kubectl accepts it: `a=b`, `a==b`, `a!=b`, `a in (x,y)`,
/// `a notin (x)`, `a`, `!a`, comma-separated (all must hold).
class LabelSelector {
public:
    enum class Op { Equals, NotEquals, In, NotIn, Exists, DoesNotExist };
    struct Requirement {
        QString key;
        Op op = Op::Exists;
        QStringList values;
    };

    static Result<LabelSelector> parse(const QString &text);
    bool matches(const Labels &labels) const;
    bool isEmpty() const { return m_requirements.isEmpty(); }
    const QList<Requirement> &requirements() const { return m_requirements; }

private:
    QList<Requirement> m_requirements;
};

} // namespace fc
