/**
 * The CSV problems of the sentiment lab (src/ml/data/csv.ts and csv-bytes.ts write them in English;
 * src/widgets/sentiment-lab/csv-text.ts fills these in from the problem's `text`). The English ones
 * read exactly as the messages (tests/widgets/csv-text.test.ts checks every fixture).
 */
export const csvEn = {
  emptyBytes: 'The file is empty (0 bytes).',
  tooLarge: 'The file is {{size}}; the limit is {{limit}}. Use fewer rows.',
  utf16: 'The file is UTF-16 text, not UTF-8. Save it again as "CSV UTF-8" (comma delimited).',
  knownBinary: 'This is {{what}}, not a CSV text file. Save or export it as "CSV UTF-8" and upload that.',
  files: {
    zip: 'a ZIP archive or an Excel/OpenDocument spreadsheet',
    xls: 'an old Excel (.xls) or Word file',
    pdf: 'a PDF document',
    png: 'a PNG image',
    jpeg: 'a JPEG image',
    gif: 'a GIF image',
    gzip: 'a gzip archive',
  },
  nulBinary:
    'This is a binary file (it contains NUL bytes), not CSV text. Save or export it as "CSV UTF-8" and upload that.',
  controlBinary:
    'This looks like a binary file (many control characters), not CSV text. Save or export it as "CSV UTF-8" and upload that.',
  noText: 'The file holds no text (only blank lines or spaces).',
  notUtf8:
    'The file is not UTF-8 text: byte {{hex}} on line {{line}} (byte {{at}} of the file) is not valid UTF-8. It was probably saved as Latin-1 or Windows-1252: save it again as "CSV UTF-8".',
  nulLine: 'This is a binary file (a NUL byte on line {{line}}), not CSV text.',
  unreadable: 'The file could not be read: {{error}}',
  noRows: 'The file holds no rows.',
  singleColumn:
    'Row 1 ({{first}}) is a single column: the values are not separated by commas, semicolons, tabs or vertical bars. Save the file as CSV with one column for the text and one for the label.',
  row: 'Row {{row}}',
  rows: 'Rows {{list}}',
  rowsMore: '{{names}} and {{more}} more',
  listSeparator: ', ',
  ragged_one:
    '{{names}} has a different number of values than the header ({{columns}}, separated by {{delimiters}}; row {{row}} has {{values}}). Put texts that contain a {{delimiter}} in double quotes, or check the delimiter.',
  ragged_other:
    '{{names}} have a different number of values than the header ({{columns}}, separated by {{delimiters}}; row {{row}} has {{values}}). Put texts that contain a {{delimiter}} in double quotes, or check the delimiter.',
  delimiter: { comma: 'comma', semicolon: 'semicolon', tab: 'tab', bar: 'vertical bar' },
  delimiters: { comma: 'commas', semicolon: 'semicolons', tab: 'tabs', bar: 'vertical bars' },
  quotedDelimiters: '{{delimiter}}s',
  emptyText: '{{names}}: the text in column {{column}} is empty.',
  unknownLabel:
    '{{names}}: unknown label (row {{row}} has {{value}}). Labels must be 0/1, neg/pos or negative/positive (any case).',
  tooFewRows_one: 'The file has {{count}} labelled row; at least {{min}} are needed.',
  tooFewRows_other: 'The file has {{count}} labelled rows; at least {{min}} are needed.',
  allNegative:
    'All {{count}} rows are labelled negative: training a classifier needs both positive and negative examples.',
  allPositive:
    'All {{count}} rows are labelled positive: training a classifier needs both positive and negative examples.',
  missingColumn:
    'Missing column: no {{lacking}} column in the header (row 1: {{header}}). Name the columns "text" and "label", or pick them below.',
  lacking: { text: 'text', label: 'label', both: 'text or label', distinct: 'distinct text and label' },
};

export const csvZh: typeof csvEn = {
  emptyBytes: '文件是空的（0 字节）。',
  tooLarge: '文件大小为 {{size}}，上限是 {{limit}}。请减少行数。',
  utf16: '文件是 UTF-16 文本，不是 UTF-8。请重新另存为“CSV UTF-8”（逗号分隔）。',
  knownBinary: '这是{{what}}，不是 CSV 文本文件。请把它保存或导出为“CSV UTF-8”后再上传。',
  files: {
    zip: '一个 ZIP 压缩包或 Excel/OpenDocument 电子表格',
    xls: '一个旧版 Excel（.xls）或 Word 文件',
    pdf: '一个 PDF 文档',
    png: '一张 PNG 图片',
    jpeg: '一张 JPEG 图片',
    gif: '一张 GIF 图片',
    gzip: '一个 gzip 压缩包',
  },
  nulBinary: '这是一个二进制文件（含有 NUL 字节），不是 CSV 文本。请把它保存或导出为“CSV UTF-8”后再上传。',
  controlBinary: '这看起来是一个二进制文件（控制字符很多），不是 CSV 文本。请把它保存或导出为“CSV UTF-8”后再上传。',
  noText: '文件中没有文本（只有空行或空格）。',
  notUtf8:
    '文件不是 UTF-8 文本：第 {{line}} 行的字节 {{hex}}（文件的第 {{at}} 个字节）不是有效的 UTF-8。它可能被保存成了 Latin-1 或 Windows-1252 编码：请重新另存为“CSV UTF-8”。',
  nulLine: '这是一个二进制文件（第 {{line}} 行有一个 NUL 字节），不是 CSV 文本。',
  unreadable: '无法读取文件：{{error}}',
  noRows: '文件中没有任何行。',
  singleColumn:
    '第 1 行（{{first}}）只有一列：各个值没有用逗号、分号、制表符或竖线分隔。请把文件存为 CSV，一列放文本，一列放标签。',
  row: '第 {{row}} 行',
  rows: '第 {{list}} 行',
  rowsMore: '{{names}}以及另外 {{more}} 行',
  listSeparator: '、',
  ragged_one:
    '{{names}}的值的个数与表头不同（表头有 {{columns}} 个值，用{{delimiters}}分隔；第 {{row}} 行有 {{values}} 个）。请把含有{{delimiter}}的文本放在双引号中，或检查分隔符。',
  ragged_other:
    '{{names}}的值的个数与表头不同（表头有 {{columns}} 个值，用{{delimiters}}分隔；第 {{row}} 行有 {{values}} 个）。请把含有{{delimiter}}的文本放在双引号中，或检查分隔符。',
  delimiter: { comma: '逗号', semicolon: '分号', tab: '制表符', bar: '竖线' },
  delimiters: { comma: '逗号', semicolon: '分号', tab: '制表符', bar: '竖线' },
  quotedDelimiters: '{{delimiter}}',
  emptyText: '{{names}}：{{column}} 列中的文本为空。',
  unknownLabel:
    '{{names}}：标签无法识别（第 {{row}} 行是 {{value}}）。标签必须是 0/1、neg/pos 或 negative/positive（不区分大小写）。',
  tooFewRows_one: '文件只有 {{count}} 行带标签的数据；至少需要 {{min}} 行。',
  tooFewRows_other: '文件只有 {{count}} 行带标签的数据；至少需要 {{min}} 行。',
  allNegative: '全部 {{count}} 行都标为负面：训练分类器需要同时有正面和负面的样本。',
  allPositive: '全部 {{count}} 行都标为正面：训练分类器需要同时有正面和负面的样本。',
  missingColumn: '缺少列：表头中没有{{lacking}}列（第 1 行：{{header}}）。请把列命名为“text”和“label”，或在下方选择。',
  lacking: { text: '文本', label: '标签', both: '文本或标签', distinct: '互不相同的文本列和标签' },
};
