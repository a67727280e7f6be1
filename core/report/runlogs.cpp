// SPDX-FileCopyrightText: 2026 The Kiln developers
// SPDX-License-Identifier: MIT
#include "report/runlogs.h"

#include "exec/recordmasking.h"
#include "process/privatefiles.h"
#include "report/maskingsink.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QXmlStreamWriter>
#include <cerrno>
#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_color_sinks.h>
#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace Kiln {

namespace {

// Why a write failed. QFileDevice says "Unknown error" for a failed flush
// (Qt 6.4, a full disk), while errno still holds the reason ("No space left on
// device"); callers clear errno before they write.
QString ioError(const QFileDevice &file)
{
    const int code = errno;
    return code != 0 ? qt_error_string(code) : file.errorString();
}

// The reason in an spdlog error ("Failed writing to file <path>: No space
// left on device"): what follows the last ": ", else all of it.
QString spdlogReason(const std::string &what)
{
    const QString text = QString::fromStdString(what);
    const qsizetype colon = text.lastIndexOf(u": "_s);
    return colon < 0 ? text : text.mid(colon + 2);
}

} // namespace

QString RunLogs::folderName(const QDateTime &startUtc, const QString &executionId)
{
    return u"TOE_%1_UTC-0_%2"_s.arg(startUtc.toUTC().toString(u"yyyy-MM-dd_HH-mm-ss"_s),
                                    executionId);
}

RunLogs::RunLogs() : m_secrets(std::make_shared<SecretMasker>()) {}

RunLogs::~RunLogs()
{
    if (m_logger) {
        m_logger->flush();
        // The logger outlives this object (it stays registered): no more calls here.
        m_logger->set_error_handler([](const std::string &) {});
    }
}

bool RunLogs::open(const QString &folder, bool append, bool trace, QString *error)
{
    m_folder = QDir(folder).absolutePath();
    if (!PrivateFiles::makeFolder(m_folder) || !PrivateFiles::makeFolder(workDirectory())) {
        *error = u"cannot create the log folder %1"_s.arg(m_folder);
        return false;
    }
    PrivateFiles::restrict(m_folder); // also when reopened
    m_console.setFileName(QDir(m_folder).filePath(u"console.log"_s));
    if (!m_console.open(QIODevice::WriteOnly |
                        (append ? QIODevice::Append : QIODevice::Truncate))) {
        *error = u"cannot write %1: %2"_s.arg(m_console.fileName(), m_console.errorString());
        return false;
    }
    PrivateFiles::restrict(m_console.fileName());
    try {
        const QString applicationLog = QDir(m_folder).filePath(u"application.log"_s);
        std::vector<spdlog::sink_ptr> sinks;
        sinks.push_back(std::make_shared<spdlog::sinks::basic_file_sink_mt>(
            applicationLog.toStdString(), !append));
        PrivateFiles::restrict(applicationLog);
        if (trace)
            sinks.push_back(std::make_shared<spdlog::sinks::stderr_color_sink_mt>());
        spdlog::drop("core.exec");
        // One sink in front of the others: no log line reaches a file or the
        // terminal unmasked, whoever logs it.
        auto logger = std::make_shared<spdlog::logger>(
            "core.exec", std::make_shared<MaskingSink>(m_secrets, std::move(sinks)));
        logger->set_level(spdlog::level::debug);
        logger->flush_on(spdlog::level::warn); // and at exit: flushing every line costs per step
        logger->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%n] %l: %v");
        // spdlog's own handler prints "*** LOG ERROR ***" to stderr for each
        // failure; a failed write is reported like console.log's instead.
        logger->set_error_handler([this, applicationLog](const std::string &what) {
            m_logger->set_level(spdlog::level::off); // no holes, as for console.log
            failWrite(u"cannot write %1: %2"_s.arg(applicationLog, spdlogReason(what)));
        });
        spdlog::register_logger(logger);
        m_logger = logger;
    } catch (const spdlog::spdlog_ex &e) {
        *error = u"cannot open application.log: %1"_s.arg(QString::fromUtf8(e.what()));
        return false;
    }
    return true;
}

QString RunLogs::workDirectory() const
{
    return QDir(m_folder).filePath(u"work"_s);
}

QString RunLogs::documentCopyPath(const QString &name, int index, int count) const
{
    return QDir(m_folder).filePath(
        count == 1 ? u"document.yaml"_s
                   : u"document-%1-%2"_s.arg(index + 1).arg(QFileInfo(name).fileName()));
}

void RunLogs::copyDocument(const QString &file, int index, int count)
{
    const QString target = documentCopyPath(file, index, count);
    QFile::remove(target);
    QFile::copy(file, target);
    PrivateFiles::restrict(target);
}

void RunLogs::console(const QString &line)
{
    const QString masked = m_secrets->mask(line);
    // Downstream of the masking, never upstream; also after the file failed (a full disk).
    if (m_consoleTap)
        m_consoleTap(masked);
    if (!m_console.isOpen())
        return;
    QByteArray bytes = masked.toUtf8();
    bytes += '\n';
    errno = 0;
    if (m_console.write(bytes) != bytes.size() || !m_console.flush())
        failConsole();
}

void RunLogs::failConsole()
{
    const QString message = u"cannot write %1: %2"_s.arg(m_console.fileName(), ioError(m_console));
    // No more writes after the first failure: if space came back later, the
    // file would continue after a gap and look complete. Closing stops that.
    m_console.close();
    failWrite(message);
}

void RunLogs::failWrite(const QString &message)
{
    if (m_writeErrors.contains(message))
        return;
    m_writeErrors << message;
    if (m_onWriteError)
        m_onWriteError(message);
}

bool RunLogs::writeDetailedOutput(const ExecutionRecord &record, QString *error)
{
    return writeDetailedOutputFile(record, QDir(m_folder).filePath(u"detailedoutput.json"_s),
                                   *m_secrets, error);
}

namespace {

bool writeJsonFile(const QString &path, const QJsonObject &json, QString *error)
{
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ioError(file);
        return false;
    }
    PrivateFiles::restrict(file);
    // flush() first: QSaveFile::commit() (Qt 6.4) ignores a failed flush of
    // what it still buffers, so a small file on a full disk was committed
    // empty (chaining.json, with no error). Without commit the file is discarded.
    const QByteArray bytes = QJsonDocument(json).toJson(QJsonDocument::Indented);
    if (file.write(bytes) != bytes.size() || !file.flush() || !file.commit()) {
        *error = ioError(file);
        return false;
    }
    return true;
}

} // namespace

bool writeDetailedOutputFile(const ExecutionRecord &record, const QString &path,
                             const SecretMasker &secrets, QString *error)
{
    return writeJsonFile(path, toJson(masked(record, secrets)), error);
}

bool RunLogs::writeChaining(const QJsonObject &chaining, QString *error)
{
    return writeJsonFile(QDir(m_folder).filePath(u"chaining.json"_s), m_secrets->mask(chaining),
                         error);
}

void RunLogs::flush()
{
    errno = 0;
    if (m_console.isOpen() && !m_console.flush())
        failConsole();
    if (m_logger)
        m_logger->flush();
}

// The extra cases, one <testsuite> per suite name, in the order they come.
void writeExtraSuites(QXmlStreamWriter &xml, const std::vector<JUnitCase> &extra,
                      const SecretMasker &secrets)
{
    QStringList suites;
    for (const JUnitCase &c : extra) {
        if (!suites.contains(c.suite))
            suites << c.suite;
    }
    for (const QString &suite : std::as_const(suites)) {
        const auto inSuite = [&](const JUnitCase &c) { return c.suite == suite; };
        xml.writeStartElement(u"testsuite"_s);
        xml.writeAttribute(u"name"_s, suite);
        xml.writeAttribute(u"tests"_s,
                           QString::number(std::count_if(extra.begin(), extra.end(), inSuite)));
        xml.writeAttribute(u"failures"_s,
                           QString::number(std::count_if(extra.begin(), extra.end(), [&](auto &c) {
                               return inSuite(c) && !c.failure.isEmpty();
                           })));
        for (const JUnitCase &c : extra) {
            if (!inSuite(c))
                continue;
            xml.writeStartElement(u"testcase"_s);
            xml.writeAttribute(u"classname"_s, suite);
            xml.writeAttribute(u"name"_s, c.name);
            if (!c.failure.isEmpty()) {
                xml.writeStartElement(u"failure"_s);
                xml.writeAttribute(u"message"_s, secrets.mask(c.failure));
                xml.writeCharacters(secrets.mask(c.failure));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }
}

bool writeJUnit(const ExecutionRecord &unmasked, const QString &path, const SecretMasker &secrets,
                QString *error, const std::vector<JUnitCase> &extra)
{
    const ExecutionRecord record = masked(unmasked, secrets);
    QSaveFile file(path);
    errno = 0;
    if (!file.open(QIODevice::WriteOnly)) {
        *error = ioError(file);
        return false;
    }
    const auto seconds = [](const QDateTime &a, const QDateTime &b) {
        return (a.isValid() && b.isValid()) ? QString::number(a.msecsTo(b) / 1000.0, 'f', 3)
                                            : u"0"_s;
    };
    QXmlStreamWriter xml(&file);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    const auto c = record.counters();
    xml.writeStartElement(u"testsuites"_s);
    xml.writeAttribute(u"name"_s, u"kiln run %1"_s.arg(record.executionId));
    const auto extraFailures = std::count_if(
        extra.begin(), extra.end(), [](const JUnitCase &e) { return !e.failure.isEmpty(); });
    xml.writeAttribute(u"tests"_s, QString::number(c.executed + qint64(extra.size())));
    xml.writeAttribute(u"failures"_s, QString::number(c.failed + extraFailures));
    xml.writeAttribute(u"time"_s, seconds(record.startTime, record.endTime));
    for (const DocumentRecord &d : record.documents) {
        const QString docName = d.name.isEmpty() ? QFileInfo(d.filePath).fileName() : d.name;
        for (const PhaseRecord &p : d.phases) {
            int failures = 0;
            int skipped = 0;
            for (const StepRecord &s : p.steps) {
                failures += s.status == RunStatus::Failed || s.status == RunStatus::Cancelled;
                skipped += s.status == RunStatus::Skipped ||
                           s.status == RunStatus::IgnoredFailure || s.status == RunStatus::NotRun ||
                           s.status == RunStatus::Pending || s.status == RunStatus::RebootPending;
            }
            xml.writeStartElement(u"testsuite"_s);
            xml.writeAttribute(u"name"_s, u"%1.%2"_s.arg(docName, p.name));
            xml.writeAttribute(u"tests"_s, QString::number(p.steps.size()));
            xml.writeAttribute(u"failures"_s, QString::number(failures));
            xml.writeAttribute(u"skipped"_s, QString::number(skipped));
            xml.writeAttribute(u"time"_s, seconds(p.startTime, p.endTime));
            if (p.startTime.isValid())
                xml.writeAttribute(u"timestamp"_s, rfc3339(p.startTime));
            for (const StepRecord &s : p.steps) {
                xml.writeStartElement(u"testcase"_s);
                xml.writeAttribute(u"classname"_s, u"%1.%2"_s.arg(docName, p.name));
                xml.writeAttribute(u"name"_s, s.name);
                xml.writeAttribute(u"time"_s, seconds(s.startTime, s.endTime));
                switch (s.status) {
                case RunStatus::Failed:
                case RunStatus::Cancelled:
                    xml.writeStartElement(u"failure"_s);
                    xml.writeAttribute(u"type"_s, statusName(s.status));
                    xml.writeAttribute(u"message"_s, s.failureMessage);
                    xml.writeCharacters(s.failureMessage);
                    xml.writeEndElement();
                    break;
                case RunStatus::IgnoredFailure:
                    // A tolerated failure: reported, but it does not fail the suite.
                    xml.writeStartElement(u"skipped"_s);
                    xml.writeAttribute(u"message"_s, u"ignored failure: "_s + s.failureMessage);
                    xml.writeEndElement();
                    break;
                case RunStatus::Skipped:
                    xml.writeEmptyElement(u"skipped"_s);
                    xml.writeAttribute(u"message"_s, u"if condition chose Skip"_s);
                    break;
                case RunStatus::NotRun:
                case RunStatus::Pending:
                case RunStatus::RebootPending:
                    xml.writeEmptyElement(u"skipped"_s);
                    xml.writeAttribute(u"message"_s,
                                       u"%1: %2"_s.arg(statusName(s.status), s.failureMessage));
                    break;
                default:
                    break;
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
    }
    writeExtraSuites(xml, extra, secrets);
    xml.writeEndElement();
    xml.writeEndDocument();
    if (!file.flush() || !file.commit()) { // flush() first: see writeJsonFile()
        *error = ioError(file);
        return false;
    }
    return true;
}

} // namespace Kiln
