#pragma once

#include "backend/core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <memory>

namespace fc::pki {

/// unique_ptr deleters for the OpenSSL objects the pki layer owns. Raw OpenSSL pointers never leave
/// backend/pki except through get() on these handles.
struct PKeyDeleter { void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); } };
struct X509Deleter { void operator()(X509 *p) const { X509_free(p); } };
struct X509ReqDeleter { void operator()(X509_REQ *p) const { X509_REQ_free(p); } };
struct BioDeleter { void operator()(BIO *p) const { BIO_free_all(p); } };

using PKeyPtr = std::unique_ptr<EVP_PKEY, PKeyDeleter>;
using X509Ptr = std::unique_ptr<X509, X509Deleter>;
using X509ReqPtr = std::unique_ptr<X509_REQ, X509ReqDeleter>;
using BioPtr = std::unique_ptr<BIO, BioDeleter>;

/// Drains the thread's OpenSSL error queue into one readable line, prefixed with what we were doing.
Error opensslError(const QString &what);
/// Empties the OpenSSL error queue (call before an operation whose failure we translate ourselves).
void clearOpensslErrors();

/// A read-only memory BIO over bytes (the bytes must outlive the BIO).
BioPtr memoryBio(const QByteArray &bytes);
/// A fresh writable memory BIO.
BioPtr memoryBio();
/// Everything written into a memory BIO.
QByteArray bioContents(BIO *bio);

} // namespace fc::pki
