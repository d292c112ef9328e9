import { writeCompiled } from '../bench/data-files';
import { generateDataset } from '../bench/generate';
writeCompiled('/tmp/inproc-109000', generateDataset(109000, 42));
