#include "letters/letteroutput.h"

#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QSaveFile>
#include <QStandardPaths>

#include <utility>

namespace fremdrift {

std::optional<QString> LetterOutput::s_nextSavePath;

QString
LetterOutput::askPdfPath(QWidget *parent, const QString &title, const QString &suggestedName)
{
    if (s_nextSavePath)
        return *std::exchange(s_nextSavePath, std::nullopt);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(
        parent, title, QDir(folder).filePath(suggestedName), tr("PDF files (*.pdf)"));
}

void LetterOutput::answerNextSaveWith(const QString &path)
{
    s_nextSavePath = path;
}

Status LetterOutput::savePdf(const QList<LetterDocument> &letters, const QString &path)
{
    auto pdf = LetterLayout::pdf(letters);
    if (!pdf)
        return pdf.error();
    return saveBytes(*pdf, path);
}

Status LetterOutput::saveBytes(const QByteArray &bytes, const QString &path)
{
    // A half-written letter must never be left where the user expects the whole one.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(Error::Code::Io,
                         tr("%1 could not be written: %2")
                             .arg(QDir::toNativeSeparators(path), file.errorString()));
    return Ok{};
}

Status LetterOutput::printPreview(QWidget *parent,
                                  const QList<LetterDocument> &letters,
                                  const QString &title)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(LetterLayout::pageLayout());
    printer.setDocName(title);
    QPrintPreviewDialog preview(&printer, parent);
    preview.setWindowTitle(title);
    Status printed = Ok{};
    QObject::connect(&preview,
                     &QPrintPreviewDialog::paintRequested,
                     &preview,
                     [&](QPrinter *target) { printed = LetterLayout::print(letters, *target); });
    preview.resize(900, 700);
    preview.exec();
    return printed;
}

QString LetterOutput::fileNameFor(const QString &title)
{
    QString name;
    for (const QChar c : title)
        name += c.isLetterOrNumber() ? c : u'-';
    while (name.contains(QStringLiteral("--")))
        name.replace(QStringLiteral("--"), QStringLiteral("-"));
    while (name.endsWith(u'-'))
        name.chop(1);
    return name.left(80) + QStringLiteral(".pdf");
}

QLayout *LetterOutput::actionRow(QLabel *reason, const QList<QPushButton *> &left,
                                 const QList<QPushButton *> &right)
{
    auto *buttons = new QHBoxLayout;
    for (QPushButton *button : left)
        buttons->addWidget(button);
    buttons->addStretch(1);
    for (QPushButton *button : right)
        buttons->addWidget(button);
    auto *layout = new QVBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(reason);
    layout->addLayout(buttons);
    return layout;
}

} // namespace fremdrift
