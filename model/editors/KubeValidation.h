#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace fc::editors {

/// Kubernetes' own validation rules (k8s.io/apimachinery/pkg/util/validation and
/// pkg/apis/core/validation), so that a form says what is wrong, and why, before the server
/// does. Each function returns its problems as sentences ("must be no more than 15
/// characters"); an empty list means valid.
namespace validation {

/// ConfigMap and Secret keys: non-empty, at most 253 characters of [-._a-zA-Z0-9], not "." or
/// "..", not starting with "..".
QStringList configMapKeyProblems(const QString &key);
/// A port name (IANA_SVC_NAME): at most 15 characters, lower-case letters, digits and '-', at
/// least one letter, no '-' at either end, no "--".
QStringList portNameProblems(const QString &name);
/// Namespaces, Services and container names (RFC 1123 label: at most 63 characters, lower-case
/// letters, digits and '-', starting and ending with a letter or digit).
QStringList dns1123LabelProblems(const QString &name);
/// Object names of most kinds (RFC 1123 subdomain: at most 253 characters, labels joined by '.').
QStringList dns1123SubdomainProblems(const QString &name);
/// Label keys, annotation keys, extended resource names: an optional DNS subdomain prefix and
/// '/', then at most 63 characters of [-._a-zA-Z0-9] starting and ending alphanumeric.
QStringList qualifiedNameProblems(const QString &name);
/// Label values (and nodeSelector values): empty, or at most 63 characters as a qualified name's
/// name part.
QStringList labelValueProblems(const QString &value);
/// Environment variable names as the API server takes them since Kubernetes 1.32
/// (RelaxedEnvironmentVariableValidation, on by default): printable ASCII without '='.
QStringList envVarNameProblems(const QString &name);
/// The classic rule (letters, digits, '_', '-', '.', not starting with a digit) that clusters
/// before 1.32 enforce and shells expect.
bool isClassicEnvVarName(const QString &name);

/// A resource quantity in Kubernetes' grammar ("2", "500m", "1.5Gi", "1e3"), as a number of
/// units; std::nullopt when it does not parse (`problem` says why).
std::optional<long double> parseQuantity(const QString &text, QString *problem = nullptr);

/// What a container resource name is, for the rules that differ between them.
enum class ResourceKind {
    Cpu,
    Memory,
    EphemeralStorage,
    HugePages,  ///< hugepages-2Mi
    NvidiaGpu,  ///< nvidia.com/gpu (and nvidia.com/gpu.shared under time-slicing's renameByDefault)
    NvidiaMig,  ///< nvidia.com/mig-<g>g.<memory>gb (the device plugin's mixed MIG strategy)
    Extended,   ///< any other domain-prefixed name (example.com/foo)
    Invalid,
};
ResourceKind resourceKind(const QString &name);
QStringList resourceNameProblems(const QString &name);
/// Extended resources (GPUs, MIG slices) cannot be overcommitted: whole numbers, and the
/// request, when given, equal to the limit.
bool isExtendedResource(ResourceKind kind);

/// A port number 1-65535.
bool isValidPort(qint64 port);

/// The effects a taint (and so a toleration) may have: NoSchedule, PreferNoSchedule, NoExecute.
const QStringList &taintEffects();

} // namespace validation
} // namespace fc::editors
