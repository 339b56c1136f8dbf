extension LexiconSource {
    static let spanish = LexiconSource(language: "es", phrases: [
        .appealLine: [
            "Dona ahora", "Donar", "Apóyanos", "Hazte socio", "Recordármelo más tarde", "Métodos de pago",
            "Ahora no", "Suscríbete",
        ],
        .appealStart: ["apoya", "apóyanos", "dona"],
        .appealStrong: [
            "apóyanos", "tu apoyo", "su apoyo", "hazte socio", "periodismo independiente", "haz una donación",
            "necesitamos tu ayuda",
        ],
        .appealWeak: ["apoy*", "periodis*", "donaci*", "independiente*", "suscri*"],
        .chromeLine: [
            "Leer más", "Seguir leyendo", "Ver más", "Compartir", "Imprimir", "Comentarios", "Publicidad",
            "Inicio", "Buscar", "Menú", "Lo más leído", "Últimas noticias", "Iniciar sesión", "Registrarse",
            "Cerrar", "Etiquetas", "Temas",
        ],
        .chromePrefix: [
            "lee también", "leer también", "compartir en", "síguenos en", "te puede interesar",
            "actualizado:", "publicado:", "fuente:", "deja un comentario",
        ],
        .sectionHeader: [
            "Lo más leído", "Últimas noticias", "Noticias relacionadas", "Te puede interesar", "Lee también",
            "Más noticias", "Recomendados",
        ],
        .cookie: ["utilizamos cookies", "usamos cookies", "utiliza cookies", "uso de cookies", "política de cookies"],
        .newsletter: ["suscríbete a nuestro boletín", "nuestro newsletter", "tu correo electrónico"],
        .copyright: ["todos los derechos reservados", "aviso legal"],
        .captionPrefix: ["foto:", "imagen:", "fotografía:", "vídeo:", "video:"],
        .creditCue: ["foto efe", "getty images"],
        .bylinePrefix: ["por ", "autor:"],
        .month: [
            "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
            "octubre", "noviembre", "diciembre",
        ],
        .auxiliary: ["es", "son", "era", "eran", "fue", "fueron", "ha", "han", "será", "está", "están"],
        .reportingVerb: ["dijo", "afirmó", "explicó", "según", "declaró", "señaló", "aseguró"],
        .stopword: [
            "de", "la", "que", "el", "en", "y", "a", "los", "se", "del", "las", "un", "por", "con", "no",
            "una", "su", "para", "es", "al", "lo", "como", "más", "pero", "sus", "le", "ya", "o", "fue",
            "este", "ha", "sí", "porque", "esta", "son", "entre", "cuando", "muy", "sin", "sobre",
        ],
    ])
}
