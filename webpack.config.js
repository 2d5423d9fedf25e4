/**
 * Builds the task pane (taskpane.html, commands.html) and the standalone page (index.html) into dist/.
 * Two bundles: the pane inside Excel never carries ExcelJS; the standalone page does (its browser build).
 * ts-loader emits ES modules here (tsconfig says commonjs for jest/CLI) so Fluent UI tree-shakes.
 */
const path = require('path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

module.exports = (env, argv) => {
  const production = argv.mode === 'production';
  return {
    devtool: production ? false : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      standalone: './src/standalone/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      // ExcelJS and its dependencies use Node built-ins only behind the browser build.
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              compilerOptions: { module: 'esnext', moduleResolution: 'bundler', sourceMap: !production, target: 'ES2020' },
            },
          },
        },
      ],
    },
    optimization: { splitChunks: false },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({ filename: 'taskpane.html', template: './src/taskpane/taskpane.html', chunks: ['taskpane'] }),
      new HtmlWebpackPlugin({ filename: 'index.html', template: './src/standalone/index.html', chunks: ['standalone'] }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'src/taskpane/commands.html', to: 'commands.html' },
          { from: 'assets', to: 'assets', noErrorOnMissing: true },
          { from: 'manifest.xml', to: 'manifest.xml', noErrorOnMissing: true },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      // Office requires https for SourceLocation; `DEV_HTTP=1 npm run dev-server` for plain http.
      server: process.env.DEV_HTTP ? 'http' : 'https',
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      hot: false,
      client: { overlay: { warnings: false, errors: true } },
    },
  };
};
