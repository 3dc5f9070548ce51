// Every user-visible string must be translated in nb, sv and da, with no unfinished entries
// (Qt 6.4's lrelease has no -fail-on-unfinished, so this test is the gate).
#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or one per plural form
    QString type;             // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
};

QList<Message> readTs(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            current = Message{context, {}, {}, {}, xml.attributes().value(QLatin1String("numerus")) == u"yes"};
        } else if (name == u"source") {
            current.source = xml.readElementText();
        } else if (name == u"translation") {
            current.type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current.numerus) {
                current.translations << xml.readElementText();
                messages << current;
            } else {
                while (xml.readNextStartElement())
                    current.translations << xml.readElementText();
                messages << current;
            }
        }
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("%(\\d+|n)"));
    QStringList found;
    for (const auto &match : pattern.globalMatch(text))
        found << match.captured(0);
    found.sort();
    found.removeDuplicates();
    return found;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(FREMDRIFT_SOURCE_DIR "/translations/fremdrift_%1.ts").arg(language);
}

} // namespace

TEST_CASE("Every message is translated in nb sv and da with the same placeholders")
{
    // en holds the plural forms only.
    for (const QString &language : {QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("da"),
                                    QStringLiteral("en")}) {
        const QList<Message> messages = readTs(tsPath(language));
        INFO("language " << language.toStdString());
        CHECK(messages.size() > (language == u"en" ? 2 : 100));
        for (const Message &message : messages) {
            INFO(message.context.toStdString() << ": " << message.source.toStdString());
            CHECK(message.type.isEmpty());
            REQUIRE_FALSE(message.translations.isEmpty());
            for (const QString &translation : message.translations) {
                CHECK_FALSE(translation.trimmed().isEmpty());
                // %n may be left out of a singular form ("ett ärende"); numbered ones may not.
                QStringList expected = placeholders(message.source);
                QStringList actual = placeholders(translation);
                if (message.numerus) {
                    expected.removeAll(QStringLiteral("%n"));
                    actual.removeAll(QStringLiteral("%n"));
                }
                CHECK(actual == expected);
            }
        }
    }
}

TEST_CASE("The translation files hold every string in the sources")
{
    // Run lupdate over the sources into copies: a string that is in the code but not in the
    // .ts files shows up as a new unfinished message in the copy.
    QTemporaryDir scratch;
    REQUIRE(scratch.isValid());
    for (const QString &language : {QStringLiteral("nb"), QStringLiteral("sv"), QStringLiteral("da"),
                                    QStringLiteral("en")}) {
        const QString copy = scratch.filePath(QStringLiteral("fremdrift_%1.ts").arg(language));
        REQUIRE(QFile::copy(tsPath(language), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(FREMDRIFT_SOURCE_DIR));
        QStringList arguments = {QStringLiteral("-locations"), QStringLiteral("none"),
                                 QStringLiteral("-no-obsolete"), QStringLiteral("core"),
                                 QStringLiteral("ui"), QStringLiteral("app"),
                                 QStringLiteral("-ts"), copy};
        if (language == u"en")
            arguments.prepend(QStringLiteral("-pluralonly"));
        lupdate.start(QStringLiteral(FREMDRIFT_LUPDATE_PATH), arguments);
        REQUIRE(lupdate.waitForFinished(120000));
        REQUIRE(lupdate.exitCode() == 0);
        for (const Message &message : readTs(copy)) {
            INFO(language.toStdString() << " lacks " << message.context.toStdString() << ": "
                                        << message.source.toStdString());
            CHECK(message.type.isEmpty());
        }
    }
}
