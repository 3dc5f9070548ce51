#include "security/passwords.h"

#include <sodium.h>

namespace fremdrift {

namespace {

// sodium_init() is thread-safe and idempotent, but once is enough.
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Interactive limits: about 0.1 s and 64 MiB per hash, as libsodium recommends for logins.
constexpr unsigned long long OpsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
constexpr size_t MemLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// The password's bytes, wiped when they go out of scope.
class SecretBytes final
{
public:
    explicit SecretBytes(const QString &password)
        : m_bytes(password.normalized(QString::NormalizationForm_C).toUtf8())
    {}
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;

    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

Status Passwords::checkRule(const QString &password)
{
    const qsizetype length = password.toUcs4().size();
    QString message;
    if (length < MinimumLength)
        message = tr("A password needs at least %n characters.", nullptr, MinimumLength);
    else if (length > MaximumLength)
        message = tr("A password may have at most %n characters.", nullptr, MaximumLength);
    else if (password.trimmed().isEmpty())
        message = tr("A password cannot be only spaces.");
    if (message.isEmpty())
        return Ok{};
    Error error = makeError(Error::Code::InvalidInput, message);
    error.problems = {FieldProblem{QStringLiteral("password"), message}};
    return error;
}

Result<QString> Passwords::hash(const QString &password)
{
    if (!sodiumReady())
        return makeError(Error::Code::Generic, tr("The password library could not start."));
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES] = {};
    if (crypto_pwhash_str_alg(out, secret.data(), secret.size(), OpsLimit, MemLimit,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0) {
        return makeError(Error::Code::Generic,
                         tr("There is not enough memory to protect the password. Close other "
                            "programs and try again."));
    }
    return QString::fromLatin1(out);
}

bool Passwords::verify(const QString &hash, const QString &password)
{
    if (!sodiumReady() || !hash.startsWith(u"$argon2"))
        return false;
    const QByteArray stored = hash.toLatin1();
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool Passwords::needsRehash(const QString &hash)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    // 1: other parameters; -1: not an Argon2id string at all (e.g. Argon2i).
    return crypto_pwhash_str_needs_rehash(stored.constData(), OpsLimit, MemLimit) != 0;
}

} // namespace fremdrift
