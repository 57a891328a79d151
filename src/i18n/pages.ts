/**
 * Strings of the print page (src/app/PrintPage.tsx) and the offline status
 * (src/app/offline/OfflineStatus.tsx), hooked into en.ts / zh.ts as `pages`.
 */
export const pagesEn = {
  print: {
    lead: 'The whole book on one page, ready to print or to save as PDF.',
    button: 'Print the book',
    contents: 'Contents',
  },
  offline: {
    update: 'Update available —',
    reload: 'Reload',
    readyTitle: 'Every chapter, lab and lecture of this book now works without a network connection.',
    ready: 'Available offline',
  },
};

export const pagesZh: typeof pagesEn = {
  print: {
    lead: '全书合为一页，可直接打印或另存为 PDF。',
    button: '打印全书',
    contents: '目录',
  },
  offline: {
    update: '有可用的更新——',
    reload: '重新加载',
    readyTitle: '本书的每一章、每个实验和每个讲课模式现在都能在没有网络连接时使用。',
    ready: '可离线使用',
  },
};
