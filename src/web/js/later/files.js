// Files in and out, and links to other sites: downloads through a Blob URL,
// uploads through a hidden file input, pages opened without access to this one.
mergeInto(LibraryManager.library, {
  cofx_js_download: function (namePtr, mimePtr, textPtr) {
    var blob = new Blob([UTF8ToString(textPtr)], { type: UTF8ToString(mimePtr) });
    var url = URL.createObjectURL(blob);
    var link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(namePtr);
    link.rel = 'noopener';
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  },

  cofx_js_open_url: function (urlPtr) {
    var url = UTF8ToString(urlPtr);
    if (!/^https:\/\//i.test(url)) return;  // only web pages, never javascript: or data:
    window.open(url, '_blank', 'noopener,noreferrer');
  },

  // Answers with {"type":"file","purpose","name","text"} or {"type":"file","purpose","error"}.
  cofx_js_pick_file__deps: ['$cofxPostEvent'],
  cofx_js_pick_file: function (purposePtr, acceptPtr) {
    var purpose = UTF8ToString(purposePtr);
    var maxBytes = 8 * 1024 * 1024;
    var input = document.createElement('input');
    input.type = 'file';
    input.accept = UTF8ToString(acceptPtr);
    input.hidden = true;
    input.addEventListener('change', function () {
      var file = input.files && input.files[0];
      input.remove();
      if (!file) return;
      if (file.size > maxBytes) {
        cofxPostEvent({ type: 'file', purpose: purpose, name: file.name, error: 'the file is larger than 8 MB' });
        return;
      }
      file.text().then(function (text) {
        cofxPostEvent({ type: 'file', purpose: purpose, name: file.name, text: text });
      }, function () {
        cofxPostEvent({ type: 'file', purpose: purpose, name: file.name, error: 'the file could not be read' });
      });
    });
    document.body.appendChild(input);
    input.click();
  },

  // Answers with {"type":"fetched","purpose","ok","text"}; only https URLs are fetched. A
  // redirect is an error (the URL checked and allowed by the policy is the one answering), the
  // wait is bounded, and the body is read as it streams in, up to maxBytes (the C++ reader's
  // own bound): a longer answer is cut off and refused, never read whole.
  cofx_js_fetch_text__deps: ['$cofxPostEvent'],
  cofx_js_fetch_text: function (purposePtr, urlPtr, maxBytes) {
    var purpose = UTF8ToString(purposePtr);
    var url = UTF8ToString(urlPtr);
    var answered = false;
    var answer = function (ok, text) {
      if (answered) return;
      answered = true;
      clearTimeout(timer);
      cofxPostEvent({ type: 'fetched', purpose: purpose, ok: ok, text: text });
    };
    if (!/^https:\/\//i.test(url)) { answer(false, 'only https addresses can be used'); return; }
    var controller = new AbortController();
    var timeoutMs = 15000;
    var timer = setTimeout(function () {
      controller.abort();
      answer(false, 'no answer after ' + timeoutMs / 1000 + ' s');
    }, timeoutMs);
    var readCapped = function (response) {
      if (!response.body) return Promise.resolve('');
      var reader = response.body.getReader();
      var chunks = [];
      var size = 0;
      var next = function () {
        return reader.read().then(function (step) {
          if (step.done) return new TextDecoder().decode(concat(chunks, size));
          size += step.value.length;
          if (size > maxBytes) {
            controller.abort();
            throw new Error('too large');
          }
          chunks.push(step.value);
          return next();
        });
      };
      return next();
    };
    var concat = function (chunks, size) {
      var all = new Uint8Array(size);
      var at = 0;
      chunks.forEach(function (chunk) { all.set(chunk, at); at += chunk.length; });
      return all;
    };
    fetch(url, { credentials: 'include', cache: 'no-store', redirect: 'error', signal: controller.signal })
      .then(function (response) {
        if (!response.ok) { answer(false, 'the server answered ' + response.status); return; }
        return readCapped(response).then(function (body) { answer(true, body); }, function () {
          answer(false, 'the answer was larger than ' + Math.round(maxBytes / 1024) + ' KB');
        });
      }, function () { answer(false, 'the address could not be reached (or redirected elsewhere)'); });
  },
});
