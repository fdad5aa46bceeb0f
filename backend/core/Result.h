#pragma once

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace fc {

/// One cause of an API server rejection (metav1.Status details.causes[]): a
/// ValidatingAdmissionPolicy's or a field validation's message on the field it names.
struct StatusCause {
    QString reason;  ///< FieldValueInvalid, FieldValueRequired, FieldManagerConflict…
    QString message;
    QString field;   ///< "spec.template.spec.containers[0].ports[1].hostPort", "data[bad key]"
    bool operator==(const StatusCause &) const = default;
};

/// An error a person can act on: what went wrong, and where (file/line/field, or the server's
/// reason and HTTP status). Errors cross layers as values, never as exceptions.
struct Error {
    QString message;
    QString file;    ///< input file the error is about, if any
    int line = 0;    ///< 1-based line in that file, 0 if unknown
    int column = 0;  ///< 1-based column on that line, 0 if unknown
    QString field;   ///< dotted path of the offending field, e.g. users[admin].client-key-data
    int httpStatus = 0;
    QString reason;  ///< metav1.Status reason (NotFound, Conflict, Expired…) or an internal tag
    QList<StatusCause> causes; ///< every cause the server gave (field is the first one's)

    /// "file:line: field: message" with the parts that are known.
    QString toString() const
    {
        QString out;
        if (!file.isEmpty()) {
            out += file;
            if (line > 0)
                out += QLatin1Char(':') + QString::number(line);
            if (line > 0 && column > 0)
                out += QLatin1Char(':') + QString::number(column);
            out += QStringLiteral(": ");
        }
        if (!field.isEmpty())
            out += field + QStringLiteral(": ");
        out += message;
        return out;
    }
};

/// Minimal expected<T, Error>: C++20 has no std::expected.
template<typename T>
class [[nodiscard]] Result {
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

template<>
class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}
    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(QString message, QString field = {})
{
    Error e;
    e.message = std::move(message);
    e.field = std::move(field);
    return e;
}

} // namespace fc
