#pragma once

#include "backend/cluster/Resources.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace fc {

/// One kind of object the API server serves, as discovery describes it: where it lives
/// (group/version/resource), what it is called, whether it is namespaced and what may be done
/// with it. Built-in kinds that FedConsole summarises in its own way carry `builtin`; every other
/// kind (CRDs: Kubeflow's, FedLCM's, KubeFATE's…) is listed, shown and edited through the same type.
struct ResourceType {
    QString group;      ///< "" for the core group
    QString version;    ///< "v1"
    QString resource;   ///< plural, lower case: "daemonsets"
    QString kind;       ///< "DaemonSet"
    QString singular;   ///< "daemonset"
    bool namespaced = true;
    QStringList verbs;      ///< get, list, watch, create, update, patch, delete…
    QStringList shortNames; ///< "ds"
    QStringList categories; ///< "all"
    std::optional<Kind> builtin;

    /// kubectl's resource.group name, saved in settings: "pods", "daemonsets.apps",
    /// "kubefateclusters.app.kubefate.net".
    QString id() const;
    /// "v1", "apps/v1": what a manifest's apiVersion says.
    QString groupVersion() const;
    /// "/api/v1", "/apis/apps/v1"
    QString apiPrefix() const;
    /// The collection: /api/v1/namespaces/NS/pods, or /api/v1/pods with an empty namespace.
    QString collectionPath(const QString &namespace_ = {}) const;
    QString objectPath(const QString &namespace_, const QString &name) const;
    bool supports(QStringView verb) const;
    bool isValid() const { return !resource.isEmpty() && !version.isEmpty(); }
    bool operator==(const ResourceType &) const = default;

    /// The built-in kinds FedConsole knows without asking the server.
    static ResourceType of(Kind kind);
};

/// The kinds of one cluster: the built-in ones until discovery answered, then everything the
/// server serves (preferred version of each group), CRDs included. A value: copied to the UI
/// thread after discovery.
class KindTable {
public:
    /// The built-in kinds only (before discovery, or when it failed).
    static KindTable builtins();

    void insert(ResourceType type); ///< replaces a type of the same id
    const QList<ResourceType> &all() const { return m_types; }
    bool isEmpty() const { return m_types.isEmpty(); }

    const ResourceType *byId(QStringView id) const;
    const ResourceType *byKind(QStringView group, QStringView kind) const;
    /// From a manifest's apiVersion ("apps/v1", "v1") and kind.
    const ResourceType *byApiVersionAndKind(QStringView apiVersion, QStringView kind) const;
    /// What a person types (kubectl's rules): plural, singular, a short name, the Kind, or
    /// resource.group; case-insensitive. Core and built-in kinds win a tie.
    const ResourceType *lookup(QStringView name) const;

private:
    QList<ResourceType> m_types;
};

} // namespace fc
